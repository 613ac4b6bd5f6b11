import { useRef, useState, type FormEvent } from 'react';
import { FormField, fieldIds } from '../../components/form-field';
import { enrolFailureMessages } from './describe-enrol-failure';
import type { EnrolledTablet, EnrolTablet } from './enrol-tablet';

type EnrolmentCodeFormProps = { enrol: EnrolTablet; onEnrolled: (tablet: EnrolledTablet) => void };

const codeId = 'enrolment-code';
const { hintId, errorId } = fieldIds(codeId);

/** The enrolment code box and its button. A failed attempt keeps the code in the box. */
export function EnrolmentCodeForm({ enrol, onEnrolled }: EnrolmentCodeFormProps) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [isEnrolling, setIsEnrolling] = useState(false);
  // A ref as well as state: a double tap arrives before React has re-rendered.
  const isRequestRunning = useRef(false);
  const codeBox = useRef<HTMLInputElement>(null);

  const showError = (message: string) => {
    setError(message);
    codeBox.current?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isRequestRunning.current) return;
    if (code.trim() === '') return showError(enrolFailureMessages.empty);
    isRequestRunning.current = true;
    setIsEnrolling(true);
    try {
      const result = await enrol(code.trim());
      if (!result.isOk) return showError(enrolFailureMessages[result.error]);
      setError(undefined);
      onEnrolled(result.value);
    } catch {
      showError(enrolFailureMessages['server-problem']);
    } finally {
      isRequestRunning.current = false;
      setIsEnrolling(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormField
        controlId={codeId}
        label="Enrolment code"
        isLabelLarge
        hint="The ward manager gives you this code. It works once, for 15 minutes."
        error={error}
      >
        <input
          ref={codeBox}
          className={`nhsuk-input nhsuk-input--width-20${error ? ' nhsuk-input--error' : ''}`}
          id={codeId}
          name="code"
          type="text"
          value={code}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setCode(event.target.value)}
        />
      </FormField>
      {/* Never disabled while enrolling: that would drop keyboard focus; a second tap is ignored. */}
      <button className="nhsuk-button" type="submit">
        Enrol this tablet
      </button>
      <p className="app-progress" role="status">
        {isEnrolling ? 'Enrolling this tablet…' : ''}
      </p>
    </form>
  );
}
