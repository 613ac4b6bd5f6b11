import type { NoteHistory as NoteHistoryValue } from '../../../domain/notes/note-versions';
import { formatNoteTime } from '../format-note-time';
import './corrections.scss';

type NoteHistoryProps = { history: NoteHistoryValue };

/**
 * A note's history as an NHS.UK details component: the deletion (when, why) and every version newest
 * first with its time, role and words, the current one marked. Both corrections of a fork are shown.
 */
export function NoteHistory({ history }: NoteHistoryProps) {
  const count = history.versions.length;
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          History{history.isDeleted ? ', deleted' : ''} ({count} {count === 1 ? 'version' : 'versions'})
        </span>
      </summary>
      <div className="nhsuk-details__text">
        {history.deletions.map((deletion) => (
          <p key={deletion.id}>
            <strong className="nhsuk-tag nhsuk-tag--red">Deleted</strong>{' '}
            <time dateTime={deletion.createdAt}>{formatNoteTime(deletion.createdAt)}</time>. Reason:{' '}
            <span dir="auto">{deletion.reason}</span>
          </p>
        ))}
        <ol className="app-note-history__versions" aria-label="Versions, newest first">
          {history.versions.map((version) => {
            const isCurrent = version.id === history.currentId;
            return (
              <li
                key={version.id}
                className={
                  isCurrent
                    ? 'app-note-history__version app-note-history__version--current'
                    : 'app-note-history__version'
                }
              >
                <p className="app-note-history__meta">
                  <time dateTime={version.createdAt}>{formatNoteTime(version.createdAt)}</time>
                  {version.capturedByRole !== null && `, ${version.capturedByRole}`}
                  {isCurrent && (
                    <>
                      {' '}
                      <strong className="nhsuk-tag nhsuk-tag--blue">
                        {history.isDeleted ? 'Last version' : 'Current version'}
                      </strong>
                    </>
                  )}
                </p>
                <p dir="auto">{version.text}</p>
              </li>
            );
          })}
        </ol>
      </div>
    </details>
  );
}
