// The recent-entries benchmark's page (built by tests/bench/recent-notes.ts into a temporary folder,
// never part of the app's build): the real database, middleware and recent-notes query, and the real
// list component, driven by the bench through `window.recentNotesBench`. Its rows are drawn as the
// app draws them: with the app's styles, and with the corrections (Edit, Delete) composed on the
// real note repository, so the newest notes, saved within 24 hours, offer Edit.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { openWardsideDatabase } from '../../../src/data/db';
import { createRecentNotesQuery } from '../../../src/data/note-query';
import { createNoteRepository } from '../../../src/data/note-repository';
import { EMPTY_NOTE_QUERY } from '../../../src/domain/notes/note-query';
import { useNoteCorrectionsStore } from '../../../src/features/capture/corrections/note-corrections-store';
import { RecentNoteList } from '../../../src/features/capture/recent/recent-note-list';
import { FIRST_PAGE_SIZE } from '../../../src/features/capture/recent/use-recent-notes';
import '../../../src/styles/main.scss';
import '../../../src/features/capture/recent/recent.scss';
import { generateNotes } from '../recent-notes-generator';
import { measureLive } from './measure-live';
import type { Measured, RecentNotesBench } from './recent-notes-bench-api';

/** What the list asks for first (use-recent-notes.ts), so the bench times the page people see first. */
const PAGE_SIZE = FIRST_PAGE_SIZE;
/** The baseline reads what the list used to ask for first, so its numbers stay comparable. */
const BARE_PAGE_SIZE = 50;
const SEED_CHUNK = 2_000;

const db = openWardsideDatabase('bench-recent-notes');
const query = createRecentNotesQuery(db);
useNoteCorrectionsStore.getState().setApi(
  createNoteRepository(db, {
    now: () => new Date(),
    randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
  }),
);
const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('No #root');
const root = createRoot(rootElement);

/**
 * Resolves once the page has drawn the frame after the last change and is idle: each run starts
 * from a settled page, not while the previous run's rows are still being taken off the screen.
 */
const settled = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * The page for `searchText`, rendered and committed: the time from asking to the rows committed and
 * laid out (what the list shows first), and to the count committed too (the list's second answer,
 * as watchPage gives it; the same moment when the page already knew its count).
 */
const measure = async (searchText: string): Promise<Measured> => {
  flushSync(() => root.render(null));
  await settled();
  const noteQuery = { ...EMPTY_NOTE_QUERY, searchText };
  const started = performance.now();
  const page = await query.readPage(noteQuery, PAGE_SIZE);
  const readMilliseconds = performance.now() - started;
  const show = (matchingCount: number | null) => {
    flushSync(() =>
      root.render(
        <RecentNoteList
          notes={page.notes}
          matchingCount={matchingCount}
          waitingIds={undefined}
          isUpdating={false}
          onNearEnd={() => {}}
        />,
      ),
    );
    // Layout of the committed rows (what the next frame paints) is part of the time.
    void rootElement.offsetHeight;
  };
  show(page.matchingCount);
  const milliseconds = performance.now() - started;
  const rows = rootElement.querySelectorAll('li').length;
  const matchingCount = page.matchingCount ?? (await query.countMatching(noteQuery));
  if (page.matchingCount === null) show(matchingCount);
  return {
    milliseconds,
    readMilliseconds,
    countedMilliseconds: performance.now() - started,
    matchingCount,
    rows,
  };
};

/** The baseline: the newest 50 rows by the createdAt index, with bare IndexedDB, nothing parsed or drawn. */
const bareNewest = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const opening = indexedDB.open('bench-recent-notes');
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const database = opening.result;
      const started = performance.now();
      const rows: unknown[] = [];
      const request = database
        .transaction('notes')
        .objectStore('notes')
        .index('createdAt')
        .openCursor(null, 'prev');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const cursor = request.result;
        if (cursor && rows.length < BARE_PAGE_SIZE) {
          rows.push(cursor.value);
          cursor.continue();
          return;
        }
        const milliseconds = performance.now() - started;
        database.close();
        resolve(milliseconds);
      };
    };
  });

const seed = async (count: number, endMs: number): Promise<number> => {
  await db.notes.clear();
  const notes = generateNotes(count, endMs);
  for (let start = 0; start < notes.length; start += SEED_CHUNK) {
    await db.notes.bulkAdd(notes.slice(start, start + SEED_CHUNK));
  }
  return db.notes.count();
};

/** The newest page through the app's hook and live query (measure-live.tsx). */
const measureNewestLive = async () => {
  await settled();
  return measureLive(root, query, '');
};

const recentNotesBench: RecentNotesBench = { seed, measure, measureNewestLive, bareNewest };
Object.assign(window, { recentNotesBench });
document.body.dataset.ready = 'true';
