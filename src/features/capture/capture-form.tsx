import { useRef, useState, type FormEvent } from 'react';
import type { CaptureNotes } from './capture-notes';
import { useCaptureStore } from './capture-store';

type CaptureFormProps = { notes: Pick<CaptureNotes, 'save'> };

const textId = 'capture-text';
const hintId = `${textId}-hint`;
const errorId = `${textId}-error`;

/** The box for what was said or seen, and its Save button. */
export function CaptureForm({ notes }: CaptureFormProps) {
  const text = useCaptureStore((state) => state.text);
  const setText = useCaptureStore((state) => state.setText);
  const [error, setError] = useState<string>();
  const [isSaved, setIsSaved] = useState(false);
  const isSaving = useRef(false);
  const textBox = useRef<HTMLTextAreaElement>(null);

  const showError = (message: string) => {
    // The typed text stays, so the person can fix it rather than start again.
    setError(message);
    setIsSaved(false);
    textBox.current?.focus();
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A double tap must not save the same note twice.
    if (isSaving.current) return;
    isSaving.current = true;
    try {
      const result = await notes.save({ text });
      if (!result.isOk) return showError(result.error);
      // Clear only what was saved: words typed while the save ran are kept.
      if (useCaptureStore.getState().text === text) setText('');
      setError(undefined);
      setIsSaved(true);
    } catch {
      // IndexedDB itself failed (storage full, private mode): nothing was written.
      showError('The note could not be saved on this tablet. Try again.');
    } finally {
      isSaving.current = false;
    }
  };

  const changeText = (value: string) => {
    setText(value);
    setIsSaved(false);
  };

  return (
    <>
      <form onSubmit={save} noValidate>
        <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label nhsuk-label--m" htmlFor={textId}>
            What was said or seen
          </label>
          <div className="nhsuk-hint" id={hintId}>
            Do not include names, NHS numbers or anything else that could identify someone.
          </div>
          {error && (
            <p className="nhsuk-error-message" id={errorId}>
              <span className="nhsuk-u-visually-hidden">Error: </span>
              {error}
            </p>
          )}
          <textarea
            ref={textBox}
            className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
            id={textId}
            name="text"
            rows={5}
            value={text}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            aria-invalid={error ? true : undefined}
            onChange={(event) => changeText(event.target.value)}
          />
        </div>
        <button className="nhsuk-button" type="submit">
          Save
        </button>
      </form>
      <p className="app-saved-status" role="status">
        {isSaved ? 'Saved on this tablet' : ''}
      </p>
    </>
  );
}
