import { useRef, useState, type FormEvent } from 'react';
import { FormField, fieldIds } from '../../components/form-field';
import type { CaptureNotes } from './capture-notes';
import { useCaptureStore } from './capture-store';

type CaptureFormProps = { notes: Pick<CaptureNotes, 'save'> };

const textId = 'capture-text';
const { hintId, errorId } = fieldIds(textId);

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
        <FormField
          controlId={textId}
          label="What was said or seen"
          isLabelLarge
          hint="Do not include names, NHS numbers or anything else that could identify someone."
          error={error}
        >
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
        </FormField>
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
