/**
 * The recent-entries list's reads: the notes that match a query (typed words and filters), newest
 * first, and how many match, leaving out notes that are no longer current (superseded by a
 * correction, or deleted). Built for 50,000 notes on a tablet (DESIGN.md: a page in 16 ms):
 *
 * - Nothing narrowed: the primary key (a UUIDv7, so in time order) is walked backwards until the
 *   page is full; the count is the table's, less the retired notes it holds.
 * - Narrowed: every typed word (a prefix, on the `searchWords` index), filter (`filterKeys`) and date
 *   range (`createdAt`) is a key range. Each range is counted natively first; the smallest one's
 *   notes are read and checked in full by `matchesNoteQuery` when there are few of them, otherwise
 *   the ranges' primary keys are intersected, smallest first, and only one page of notes is read.
 *
 * Rows are parsed, never cast; one that no longer parses is skipped and reported by id only.
 */
import { liveQuery, type Collection } from 'dexie';
import { noteSchema, type Note } from '../domain/notes/note';
import { isNoteQueryNarrowed, matchesNoteQuery, type NoteQuery } from '../domain/notes/note-query';
import { filterKeysOfQuery } from '../domain/notes/note-query-keys';
import { queryWordsOf } from '../domain/notes/note-query-words';
import type { StoredRow, WardsideDatabase } from './db';
import { NOTE_SEARCH_FIELDS } from './note-search-fields';
import { readRetiredNoteIds } from './retired-note-ids';

/** One page of the recent-entries list. */
export type RecentNotesPage = {
  /** Up to the limit asked for, newest first. */
  notes: Note[];
  /** How many current notes match the query (all of them when nothing is narrowed). */
  matchingCount: number;
};

export type RecentNotesOptions = {
  /** Told the id (never the row: it may hold patient text) of a stored note that does not parse. */
  onCorruptRecord?: (id: string) => void;
};

/**
 * Up to this many candidates (notes in the narrowest range) are read and checked whole; above it,
 * the other ranges' keys are intersected first, so that a broad search never reads every note.
 */
const MAX_CANDIDATES_CHECKED_WHOLE = 2_000;

type NoteCollection = Collection<StoredRow, string>;

const keyRangesOf = (db: WardsideDatabase, query: NoteQuery): NoteCollection[] => {
  const ranges: NoteCollection[] = [
    ...queryWordsOf(query.searchText).map((word) =>
      db.notes.where(NOTE_SEARCH_FIELDS.searchWords).startsWith(word),
    ),
    ...filterKeysOfQuery(query).map((key) => db.notes.where(NOTE_SEARCH_FIELDS.filterKeys).equals(key)),
  ];
  const { createdFrom, createdBefore } = query;
  if (createdFrom !== null && createdBefore !== null) {
    ranges.push(db.notes.where('createdAt').between(createdFrom, createdBefore, true, false));
  } else if (createdFrom !== null) {
    ranges.push(db.notes.where('createdAt').aboveOrEqual(createdFrom));
  } else if (createdBefore !== null) {
    ranges.push(db.notes.where('createdAt').below(createdBefore));
  }
  return ranges;
};

const primaryKeySet = async (range: NoteCollection): Promise<Set<string>> =>
  new Set((await range.primaryKeys()).filter((key): key is string => typeof key === 'string'));

/** Newest first: UUIDv7 ids sort by the time they were made. */
const byIdNewestFirst = (a: { id: string } | string, b: { id: string } | string): number => {
  const first = typeof a === 'string' ? a : a.id;
  const second = typeof b === 'string' ? b : b.id;
  return first < second ? 1 : first > second ? -1 : 0;
};

export const createRecentNotesQuery = (db: WardsideDatabase, options: RecentNotesOptions = {}) => {
  const parse = (id: string, row: unknown): Note | null => {
    const parsed = noteSchema.safeParse(row);
    if (parsed.success) return parsed.data;
    options.onCorruptRecord?.(id);
    return null;
  };

  const readNotes = async (ids: readonly string[]): Promise<Note[]> => {
    const rows = await db.notes.bulkGet([...ids]);
    const notes: Note[] = [];
    rows.forEach((row, index) => {
      const note = row === undefined ? null : parse(ids[index] ?? '', row);
      if (note !== null) notes.push(note);
    });
    return notes;
  };

  const newestPage = async (retired: ReadonlySet<string>, limit: number): Promise<RecentNotesPage> => {
    const notes: Note[] = [];
    if (limit > 0) {
      await db.notes
        .orderBy(':id')
        .reverse()
        .until(() => notes.length >= limit)
        .each((row, cursor) => {
          const id = String(cursor.primaryKey);
          if (retired.has(id)) return;
          const note = parse(id, row);
          if (note !== null) notes.push(note);
        });
    }
    const [storedCount, retiredStoredCount] = await Promise.all([
      db.notes.count(),
      retired.size === 0
        ? 0
        : db.notes
            .where(':id')
            .anyOf([...retired])
            .count(),
    ]);
    return { notes, matchingCount: storedCount - retiredStoredCount };
  };

  const narrowedPage = async (
    query: NoteQuery,
    retired: ReadonlySet<string>,
    limit: number,
  ): Promise<RecentNotesPage> => {
    // An empty or reversed date range matches nothing (IndexedDB would throw on a reversed one).
    const { createdFrom, createdBefore } = query;
    if (createdFrom !== null && createdBefore !== null && createdFrom >= createdBefore) {
      return { notes: [], matchingCount: 0 };
    }
    const ranges = keyRangesOf(db, query);
    const counts = await Promise.all(ranges.map((range) => range.count()));
    const bySize = ranges
      .map((range, index) => ({ range, size: counts[index] ?? 0 }))
      .sort((a, b) => a.size - b.size);
    const [narrowest, ...others] = bySize;
    if (narrowest === undefined || narrowest.size === 0) return { notes: [], matchingCount: 0 };

    let candidates = await primaryKeySet(narrowest.range);
    for (const id of retired) candidates.delete(id);

    if (others.length > 0 && candidates.size <= MAX_CANDIDATES_CHECKED_WHOLE) {
      const matching = (await readNotes([...candidates]))
        .filter((note) => matchesNoteQuery(note, query))
        .sort(byIdNewestFirst);
      return { notes: matching.slice(0, Math.max(limit, 0)), matchingCount: matching.length };
    }
    for (const { range } of others) {
      if (candidates.size === 0) break;
      const keys = await primaryKeySet(range);
      candidates = new Set([...candidates].filter((id) => keys.has(id)));
    }
    const ids = [...candidates].sort(byIdNewestFirst);
    return { notes: await readNotes(ids.slice(0, Math.max(limit, 0))), matchingCount: ids.length };
  };

  /** Up to `limit` current notes matching `query`, newest first, and how many match. */
  const readPage = (query: NoteQuery, limit: number): Promise<RecentNotesPage> =>
    db.transaction('r', db.notes, db.noteDeletions, async () => {
      const retired = await readRetiredNoteIds(db);
      return isNoteQueryNarrowed(query) ? narrowedPage(query, retired, limit) : newestPage(retired, limit);
    });

  /**
   * Calls `onChange` with the page now and after every change to the notes or deletions, until the
   * returned function is called. `onError` hears of failed reads.
   */
  const watchPage = (
    query: NoteQuery,
    limit: number,
    onChange: (page: RecentNotesPage) => void,
    onError: (error: unknown) => void,
  ): (() => void) => {
    const subscription = liveQuery(() => readPage(query, limit)).subscribe({
      next: onChange,
      error: onError,
    });
    return () => subscription.unsubscribe();
  };

  return { readPage, watchPage };
};

/** The recent-entries reads of one database. */
export type RecentNotesQuery = ReturnType<typeof createRecentNotesQuery>;
