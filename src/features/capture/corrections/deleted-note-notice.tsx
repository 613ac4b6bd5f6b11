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
  const isShown = deletedNoteId !== null && history?.isDeleted === true;
  return (
    <div className={isShown ? 'nhsuk-inset-text' : undefined}>
      {/* Only the sentence is live: a screen reader hears that the note was deleted, not its
          whole history, which stays below to read at will. The region is always in the page, so
          the sentence is announced when it appears. */}
      <div role="status">
        {isShown && (
          <>
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>Note deleted. It is no longer counted, and its history is kept.</p>
          </>
        )}
      </div>
      {isShown && (
        <>
          <NoteHistory history={history} />
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            type="button"
            onClick={() => setDeletedNoteId(null)}
          >
            Close
          </button>
        </>
      )}
    </div>
  );
}
