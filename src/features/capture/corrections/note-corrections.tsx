import { useState } from 'react';
import type { Note } from '../../../domain/notes/note';
import { noteEditDeadline } from '../../../domain/notes/note-versions';
import { DeleteNoteForm } from './delete-note-form';
import { NoteHistory } from './note-history';
import { useNoteCorrectionsStore } from './note-corrections-store';
import { useIsBefore } from './use-is-before';
import { useCurrentNoteHistory } from './use-current-note-history';
import './corrections.scss';

type NoteCorrectionsProps = {
  /** A current note, as the recent-entries list shows it. */
  note: Note;
};

/**
 * Edit, Delete and History for one note of the list (SPEC NOTE-1, NOTE-2). Edit shows only while the
 * note can still be edited (its current version, within 24 hours of capture), and goes when that time
 * runs out; Delete at any time, after a reason; History once the note has more than one version.
 */
export function NoteCorrections({ note }: NoteCorrectionsProps) {
  const api = useNoteCorrectionsStore((state) => state.api);
  const startEditing = useNoteCorrectionsStore((state) => state.startEditing);
  const setDeletedNoteId = useNoteCorrectionsStore((state) => state.setDeletedNoteId);
  const isBeingEdited = useNoteCorrectionsStore((state) => state.editing?.note.id === note.id);
  const history = useCurrentNoteHistory(api, note);
  const [isDeleting, setIsDeleting] = useState(false);
  const [isDeleted, setIsDeleted] = useState(false);
  // Edit goes when the 24 hours run out, with the row on screen (saving would be refused then).
  const canEdit = useIsBefore(history === undefined ? null : noteEditDeadline(history, note.id));
  if (api === null || history === undefined) return null;

  const remove = async (reason: string): Promise<string | undefined> => {
    const result = await api.delete(note.id, reason);
    if (!result.isOk) return result.error;
    if (useNoteCorrectionsStore.getState().editing?.note.id === note.id) {
      useNoteCorrectionsStore.getState().finishEditing();
    }
    setDeletedNoteId(note.id);
    setIsDeleted(true);
    return undefined;
  };

  // A deleted note leaves the list a moment after it is deleted (the list reads again). Until then
  // the row offers nothing: the deletion notice alone shows the history, so it is never on screen
  // twice.
  if (isDeleted || history.isDeleted) return null;

  return (
    <div className="app-note-corrections">
      {isDeleting ? (
        <DeleteNoteForm onDelete={remove} onCancel={() => setIsDeleting(false)} />
      ) : (
        <div className="nhsuk-button-group">
          {canEdit && !isBeingEdited && (
            <button
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              type="button"
              // A name, not visually hidden words: those are laid out one by one, on every row.
              aria-label="Edit this note"
              onClick={() => startEditing(note)}
            >
              Edit
            </button>
          )}
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            type="button"
            aria-label="Delete this note"
            onClick={() => setIsDeleting(true)}
          >
            Delete
          </button>
        </div>
      )}
      {history.versions.length > 1 && <NoteHistory history={history} />}
    </div>
  );
}
