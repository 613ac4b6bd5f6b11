// The newest page as the app shows it: through the recent-entries hook (useRecentNotes), its live
// query (watchPage), and a React state update scheduled as any other (no flushSync), to the rows
// committed and laid out. Timed from the moment the hook asks for the page, as the app's screen does
// once it is on screen.
import { useLayoutEffect, useMemo } from 'react';
import type { Root } from 'react-dom/client';
import type { RecentNotesQuery } from '../../../src/data/note-query';
import { EMPTY_NOTE_QUERY } from '../../../src/domain/notes/note-query';
import type { CaptureNotes } from '../../../src/features/capture/capture-notes';
import { RecentNoteList } from '../../../src/features/capture/recent/recent-note-list';
import { useRecentNotes } from '../../../src/features/capture/recent/use-recent-notes';
import type { Drawn } from './recent-notes-bench-api';

const rowsDrawn = () => document.querySelectorAll('#root li').length;

type LiveListProps = {
  notes: CaptureNotes;
  searchText: string;
  /** Told when the first page's rows are committed. */
  onDrawn: () => void;
};

function LiveList({ notes, searchText, onDrawn }: LiveListProps) {
  const query = useMemo(() => ({ ...EMPTY_NOTE_QUERY, searchText }), [searchText]);
  const { page, isUpdating } = useRecentNotes(notes, query);
  useLayoutEffect(() => {
    if (page !== undefined) onDrawn();
  }, [page, onDrawn]);
  if (page === undefined || page.notes.length === 0) return null;
  return (
    <RecentNoteList
      notes={page.notes}
      matchingCount={page.matchingCount}
      waitingIds={undefined}
      isUpdating={isUpdating}
      // Reading on as the list nears its end comes after the first page, which is what is timed; a
      // read still running would overlap the next run's.
      onNearEnd={() => {}}
    />
  );
}

/** Mounts the list for `searchText` and times its first page, then unmounts it. */
export const measureLive = (root: Root, query: RecentNotesQuery, searchText: string): Promise<Drawn> =>
  new Promise((resolve, reject) => {
    let askedAt = 0;
    let isDone = false;
    const notes = {
      watchRecentNotes: (noteQuery, limit, onChange) => {
        askedAt = performance.now();
        return query.watchPage(noteQuery, limit, onChange, reject);
      },
    } as Pick<CaptureNotes, 'watchRecentNotes'> as CaptureNotes;
    const onDrawn = () => {
      if (isDone) return;
      isDone = true;
      // After the commit, and after any render the list's measuring asks for within it.
      queueMicrotask(() => {
        // Layout of the committed rows (what the next frame paints) is part of the time.
        void document.body.offsetHeight;
        const milliseconds = performance.now() - askedAt;
        const rows = rowsDrawn();
        root.render(null);
        resolve({ milliseconds, rows });
      });
    };
    root.render(<LiveList notes={notes} searchText={searchText} onDrawn={onDrawn} />);
  });
