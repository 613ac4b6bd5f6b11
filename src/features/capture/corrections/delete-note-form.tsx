import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { MAX_NOTE_DELETION_REASON_LENGTH } from '../../../domain/notes/note-deletion';

type DeleteNoteFormProps = {
  /** Resolves to an error in plain words when refused (nothing was deleted then). */
  onDelete: (reason: string) => Promise<string | undefined>;
  onCancel: () => void;
};

/**
 * The confirm step of Delete: why (required, up to 200 characters), then "Delete note" or "Cancel".
 * The note stays in its history; only the ward's counts lose it.
 */
export function DeleteNoteForm({ onDelete, onCancel }: DeleteNoteFormProps) {
  const id = useId();
  const reasonId = `${id}-reason`;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const input = useRef<HTMLTextAreaElement>(null);
  const isDeleting = useRef(false);

  useEffect(() => input.current?.focus(), []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isDeleting.current) return;
    isDeleting.current = true;
    try {
      const problem = await onDelete(reason);
      setError(problem);
      if (problem !== undefined) input.current?.focus();
    } catch {
      setError('The note could not be deleted on this tablet. Try again.');
    } finally {
      isDeleting.current = false;
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Delete this note">
      <div className={error ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
        <label className="nhsuk-label" htmlFor={reasonId}>
          Why are you deleting this note?
        </label>
        <div className="nhsuk-hint" id={`${reasonId}-hint`}>
          For example, it was about the wrong patient or saved twice. Do not include names. The note will no
          longer be counted, but stays in its history.
        </div>
        {error && (
          <p className="nhsuk-error-message" id={`${reasonId}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </p>
        )}
        <textarea
          ref={input}
          className={error ? 'nhsuk-textarea nhsuk-textarea--error' : 'nhsuk-textarea'}
          id={reasonId}
          rows={2}
          maxLength={MAX_NOTE_DELETION_REASON_LENGTH}
          value={reason}
          aria-describedby={error ? `${reasonId}-hint ${reasonId}-error` : `${reasonId}-hint`}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      <div className="nhsuk-button-group">
        <button className="nhsuk-button nhsuk-button--warning" type="submit">
          Delete note
        </button>
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
