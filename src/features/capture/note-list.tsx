import { useCallback } from 'react';
import { useSubscription } from '../../components/use-subscription';
import type { Note } from '../../domain/notes/note';
import type { CaptureNotes } from './capture-notes';
import { formatNoteTime } from './format-note-time';

/** How many of the newest notes the capture screen lists. */
const listedNoteCount = 50;

type NoteListProps = { notes: CaptureNotes };

/** The notes saved on this tablet, newest first, kept current as notes are saved. */
export function NoteList({ notes }: NoteListProps) {
  const watch = useCallback(
    (onNotes: (value: Note[]) => void) => notes.watchNewestFirst(listedNoteCount, onNotes),
    [notes],
  );
  const newestNotes = useSubscription(watch);
  const watchWaiting = useCallback(
    (onIds: (value: ReadonlySet<string>) => void) => notes.watchWaitingRecordIds?.(onIds) ?? (() => {}),
    [notes],
  );
  const waitingIds = useSubscription(watchWaiting);

  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes on this tablet</h2>
      {newestNotes?.length === 0 && <p>No notes yet</p>}
      {newestNotes && newestNotes.length > 0 && (
        <ol className="app-note-list">
          {newestNotes.map((note) => (
            <li key={note.id}>
              <p className="app-note-list__text">{note.text}</p>
              <p className="app-note-list__time">
                <time dateTime={note.createdAt}>{formatNoteTime(note.createdAt)}</time>
                {waitingIds && (
                  <span className="app-note-list__sync">
                    {waitingIds.has(note.id) ? 'Waiting to send' : 'Sent'}
                  </span>
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
