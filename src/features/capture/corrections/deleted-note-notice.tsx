import { NoteHistory } from './note-history';
import { useNoteCorrectionsStore } from './note-corrections-store';
import { useNoteHistory } from './use-note-history';
import './corrections.scss';

/**
 * After a delete the note leaves the list, so this says it happened and keeps its history (with the
 * reason) on screen until the next edit or deletion, or until closed.
 */
export function DeletedNoteNotice() {
  const api = useNoteCorrectionsStore((state) => state.api);
  const deletedNoteId = useNoteCorrectionsStore((state) => state.deletedNoteId);
  const setDeletedNoteId = useNoteCorrectionsStore((state) => state.setDeletedNoteId);
  const history = useNoteHistory(deletedNoteId === null ? null : api, deletedNoteId ?? '');
  return (
    <div role="status">
      {deletedNoteId !== null && history?.isDeleted && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>Note deleted. It is no longer counted, and its history is kept.</p>
          <NoteHistory history={history} />
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            type="button"
            onClick={() => setDeletedNoteId(null)}
          >
            Close
          </button>
        </div>
      )}
    </div>
  );
}
