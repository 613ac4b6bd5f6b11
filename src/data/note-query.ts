/**
 * The recent-entries list's reads: the notes that match a query (typed words and filters), newest
 * first, and how many match, leaving out notes that are no longer current (superseded by a
 * correction, or deleted). Built for 50,000 notes on a tablet (DESIGN.md: a page in 16 ms; issue #5:
 * a search in 100 ms), where IndexedDB is fast at reading a few entries at the end of a key range and
 * slow (tens of microseconds an entry, even to count) at anything that walks a whole range. So:
 *
 * - The page never walks a whole range. With nothing narrowed it is the newest rows by primary key (a
 *   UUIDv7, so in time order). Narrowed, every typed word (each word of the index that starts with it)
 *   and every filter key is a list of ids read newest first, a batch at a time, from the end of its
 *   index range (note-search-fields.ts: entries sort by word, then id). Ids newer than the oldest id
 *   every list has reached are known exactly, so they are intersected there, and only the list that
 *   is least far back reads its next batch (a leapfrog join). Candidates are then read and checked
 *   whole by `matchesNoteQuery` (which also decides dates, and words that start too many words to
 *   merge), so the indexes only ever narrow, never decide.
 * - The count comes after, from `countMatching`: it does walk ranges. A page says its count only when
 *   it saw every match anyway; `watchPage` tells the page first and the count when it is known.
 *
 * Rows are parsed, never cast; one that no longer parses is skipped and reported by id only.
 */
import { Dexie, liveQuery, type Collection, type PromiseExtended } from 'dexie';
import { noteSchema, type Note } from '../domain/notes/note';
import { isNoteQueryNarrowed, matchesNoteQuery, type NoteQuery } from '../domain/notes/note-query';
import { filterKeysOfQuery } from '../domain/notes/note-query-keys';
import { queryWordsOf } from '../domain/notes/note-query-words';
import type { StoredRow, WardsideDatabase } from './db';
import { indexEntryBoundsOf, NOTE_SEARCH_FIELDS, wordOfIndexEntry } from './note-search-fields';
import { readAtOnce } from './read-at-once';
import { readRetiredNoteIdsWithin } from './retired-note-ids';

/** One page of the recent-entries list. */
export type RecentNotesPage = {
  /** Up to the limit asked for, newest first. */
  notes: Note[];
  /**
   * How many current notes match the query (all of them when nothing is narrowed), or `null` while
   * not yet counted (see `countMatching`).
   */
  matchingCount: number | null;
  /**
   * Whether the tablet holds any note at all, deleted and replaced versions included (they are kept).
   * Told only by a page with nothing narrowed that read every stored note, which is how such a page
   * finds that none is current: the list then says so, rather than "No notes yet".
   */
  hasStoredNotes?: boolean;
};

export type RecentNotesOptions = {
  /** Told the id (never the row: it may hold patient text) of a stored note that does not parse. */
  onCorruptRecord?: (id: string) => void;
};

/**
 * A typed word that starts more words of the index than this is not merged from their lists (that
 * would take a read per word): it is left to the check of each candidate, as a date range is. Such a
 * word is short and common, so its notes are dense among the others' candidates.
 */
const MAX_WORDS_PER_PREFIX = 24;
/** The most ids one list reads at once: batches double from the page size up to this. */
const MAX_BATCH = 1_000;
/** Rows read beyond the page with nothing narrowed, for the retired notes among them. */
const NEWEST_SPARE_ROWS = 4;
/** The fewest ids one list reads at once. */
const MIN_BATCH = 16;

type NoteCollection = Collection<StoredRow, string>;

/** One list of ids read newest first: a word's or filter key's index entries, or every note. */
type IdList = {
  /** The next `count` ids older than `below` (or the newest when `null`), newest first. */
  read: (below: string | null, count: number) => PromiseExtended<string[]>;
  /** Every id read so far. */
  ids: Set<string>;
  /** The oldest id read so far: every id of the list at or above it is in `ids`. */
  oldest: string | null;
  isDone: boolean;
  batch: number;
};

/** A part of the query that a note must meet: a note meets it when it is in any of its lists. */
type Condition = IdList[];

const onlyStrings = (keys: readonly unknown[]): string[] =>
  keys.filter((key): key is string => typeof key === 'string');

export const createRecentNotesQuery = (db: WardsideDatabase, options: RecentNotesOptions = {}) => {
  const parse = (id: string, row: unknown): Note | null => {
    const parsed = noteSchema.safeParse(row);
    if (parsed.success) return parsed.data;
    options.onCorruptRecord?.(id);
    return null;
  };

  const newIdList = (read: IdList['read'], batch: number): IdList => ({
    read,
    ids: new Set(),
    oldest: null,
    isDone: false,
    batch,
  });

  /** The ids of notes with an index entry for exactly `wordOrKey`, newest first. */
  const entryList = (field: string, wordOrKey: string, batch: number): IdList => {
    const { lower, upper } = indexEntryBoundsOf(wordOrKey);
    return newIdList(
      (below, count) =>
        db.notes
          .where(field)
          .between(lower, below === null ? upper : `${lower}${below}`, true, false)
          .reverse()
          .limit(count)
          .primaryKeys()
          .then(onlyStrings),
      batch,
    );
  };

  const everyNoteList = (batch: number): IdList =>
    newIdList(
      (below, count) =>
        (below === null ? db.notes.orderBy(':id') : db.notes.where(':id').below(below))
          .reverse()
          .limit(count)
          .primaryKeys()
          .then(onlyStrings),
      batch,
    );

  /**
   * The words of the index that start with `prefix`, one read each (each skips past the previous
   * word's entries), or `null` when there are more than {@link MAX_WORDS_PER_PREFIX}.
   */
  const wordsStartingWith = (prefix: string): PromiseExtended<string[] | null> => {
    const end = `${prefix}\uffff`;
    // Dexie promises all the way (no native async step), so the reads stay in the page's transaction.
    const next = (from: string, words: string[]): PromiseExtended<string[] | null> =>
      db.notes
        .where(NOTE_SEARCH_FIELDS.searchWords)
        .between(from, end, true, false)
        .limit(1)
        .keys()
        .then((keys) => {
          const [entry] = onlyStrings(keys);
          if (entry === undefined) return words;
          if (words.length === MAX_WORDS_PER_PREFIX) return null;
          const word = wordOfIndexEntry(entry);
          return next(indexEntryBoundsOf(word).upper, [...words, word]);
        });
    return next(prefix, []);
  };

  const conditionsOf = (query: NoteQuery, batch: number): PromiseExtended<Condition[]> =>
    Dexie.Promise.all(queryWordsOf(query.searchText).map(wordsStartingWith)).then((wordLists) => {
      const conditions: Condition[] = [
        ...wordLists
          .filter((words): words is string[] => words !== null)
          .map((words) => words.map((word) => entryList(NOTE_SEARCH_FIELDS.searchWords, word, batch))),
        ...filterKeysOfQuery(query).map((key) => [entryList(NOTE_SEARCH_FIELDS.filterKeys, key, batch)]),
      ];
      return conditions.length > 0 ? conditions : [[everyNoteList(batch)]];
    });

  const readNext = (list: IdList): PromiseExtended<void> =>
    list.read(list.oldest, list.batch).then((ids) => {
      for (const id of ids) list.ids.add(id);
      if (ids.length < list.batch) list.isDone = true;
      list.oldest = ids.at(-1) ?? list.oldest;
      list.batch = Math.min(list.batch * 2, MAX_BATCH);
    });

  /** The lists that are not done, and the one least far back (the next to read). */
  const laggingList = (conditions: readonly Condition[]): IdList | null => {
    let lagging: IdList | null = null;
    for (const list of conditions.flat()) {
      if (list.isDone || list.oldest === null) continue;
      if (lagging === null || (lagging.oldest !== null && list.oldest > lagging.oldest)) lagging = list;
    }
    return lagging;
  };

  const narrowedPage = async (
    query: NoteQuery,
    retiredRead: PromiseLike<ReadonlySet<string>>,
    limit: number,
  ): Promise<RecentNotesPage> => {
    // An empty or reversed date range matches nothing.
    const { createdFrom, createdBefore } = query;
    if (createdFrom !== null && createdBefore !== null && createdFrom >= createdBefore) {
      return { notes: [], matchingCount: 0 };
    }
    const conditions = await conditionsOf(query, Math.max(limit, MIN_BATCH));
    await Dexie.Promise.all(conditions.flat().map(readNext));
    const retired = await retiredRead;
    const [first, ...others] = conditions;
    if (first === undefined) return { notes: [], matchingCount: 0 };

    const found: Note[] = [];
    /** Every match checked so far, including those past the limit. */
    let matched = 0;
    /** Ids at or above this were checked already. */
    let checkedDownTo: string | null = null;
    for (;;) {
      const lagging = laggingList(conditions);
      // Every id at or above `knownDownTo` is known to every list ('' when all are read through).
      const knownDownTo = lagging?.oldest ?? '';
      const candidates = [...new Set(first.flatMap((list) => [...list.ids]))]
        .filter(
          (id) =>
            id >= knownDownTo &&
            (checkedDownTo === null || id < checkedDownTo) &&
            !retired.has(id) &&
            others.every((condition) => condition.some((list) => list.ids.has(id))),
        )
        .sort()
        .reverse();
      let start = 0;
      while (start < candidates.length && found.length < limit) {
        const chunk = candidates.slice(start, start + Math.max(limit - found.length, MIN_BATCH));
        start += chunk.length;
        const rows = await db.notes.bulkGet(chunk);
        rows.forEach((row, index) => {
          const note = row === undefined ? null : parse(chunk[index] ?? '', row);
          if (note === null || !matchesNoteQuery(note, query)) return;
          matched += 1;
          if (found.length < limit) found.push(note);
        });
      }
      const isEveryMatchSeen = lagging === null && start >= candidates.length;
      if (found.length >= limit || lagging === null) {
        return { notes: found, matchingCount: isEveryMatchSeen ? matched : null };
      }
      checkedDownTo = knownDownTo;
      await readNext(lagging);
    }
  };

  /**
   * The newest current notes. Retired notes among the newest rows are few, so the first read, with a
   * little to spare, almost always fills the page; it is asked for alongside the retired ids, so the
   * reads overlap. Dexie promises all the way (no native async step): each await of a native
   * promise inside a Dexie transaction costs a zone switch, and this is the list's first answer.
   */
  const newestPage = (
    retiredRead: PromiseExtended<ReadonlySet<string>>,
    limit: number,
  ): PromiseExtended<RecentNotesPage> => {
    const notes: Note[] = [];
    /** Current notes read, including those past the limit. */
    let current = 0;
    const readBelow = (below: string | null, batch: number): PromiseExtended<RecentNotesPage> => {
      const rowsRead = (below === null ? db.notes.orderBy(':id') : db.notes.where(':id').below(below))
        .reverse()
        .limit(batch)
        .toArray();
      return Dexie.Promise.all([retiredRead, rowsRead]).then(([retired, rows]) => {
        let oldest = below;
        for (const row of rows) {
          const id = typeof row.id === 'string' ? row.id : '';
          oldest = id;
          if (retired.has(id)) continue;
          const note = parse(id, row);
          if (note === null) continue;
          current += 1;
          if (notes.length < limit) notes.push(note);
        }
        if (rows.length < batch) return { notes, matchingCount: current, hasStoredNotes: oldest !== null };
        if (notes.length >= limit) return { notes, matchingCount: null };
        return readBelow(oldest, batch * 2);
      });
    };
    return readBelow(null, limit + NEWEST_SPARE_ROWS);
  };

  /**
   * Up to `limit` current notes matching `query`, newest first. The count is given when the read saw
   * every match anyway; otherwise it is `null`, and {@link countMatching} gives it.
   */
  const readPage = (query: NoteQuery, limit: number): Promise<RecentNotesPage> => {
    if (limit <= 0) return Promise.resolve({ notes: [], matchingCount: null });
    // The retired ids are read alongside the page's first reads, and awaited only where needed.
    if (!isNoteQueryNarrowed(query)) {
      return readAtOnce(db, [db.notes, db.noteDeletions], () =>
        newestPage(readRetiredNoteIdsWithin(db), limit),
      );
    }
    // An async scope: Dexie keeps its transaction across the native awaits of the narrowed page.
    return db.transaction('r', db.notes, db.noteDeletions, async () =>
      narrowedPage(query, readRetiredNoteIdsWithin(db), limit),
    );
  };

  /** The ids of every note in one condition's ranges: the count's reads, which walk whole ranges. */
  const rangesOf = (query: NoteQuery): NoteCollection[] => {
    const ranges: NoteCollection[] = [
      ...queryWordsOf(query.searchText).map((word) =>
        db.notes.where(NOTE_SEARCH_FIELDS.searchWords).startsWith(word),
      ),
      ...filterKeysOfQuery(query).map((key) => {
        const { lower, upper } = indexEntryBoundsOf(key);
        return db.notes.where(NOTE_SEARCH_FIELDS.filterKeys).between(lower, upper, true, false);
      }),
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

  /** How many current notes match `query`: slower than a page (it walks every range it uses). */
  const countMatching = (query: NoteQuery): Promise<number> =>
    db.transaction('r', db.notes, db.noteDeletions, async () => {
      const retired = await readRetiredNoteIdsWithin(db);
      if (!isNoteQueryNarrowed(query)) {
        const [storedCount, retiredStoredCount] = await Promise.all([
          db.notes.count(),
          retired.size === 0
            ? 0
            : db.notes
                .where(':id')
                .anyOf([...retired])
                .count(),
        ]);
        return storedCount - retiredStoredCount;
      }
      const { createdFrom, createdBefore } = query;
      if (createdFrom !== null && createdBefore !== null && createdFrom >= createdBefore) return 0;
      let matching: string[] | null = null;
      for (const range of rangesOf(query)) {
        // Awaited straight from Dexie (no native async step between), so it stays in the transaction.
        const ids = new Set(onlyStrings(await range.primaryKeys()));
        matching = (matching ?? [...ids]).filter((id) => ids.has(id) && !retired.has(id));
        if (matching.length === 0) return 0;
      }
      return matching?.length ?? 0;
    });

  /**
   * Calls `onChange` with the page now and after every change to the notes or deletions, until the
   * returned function is called: first as soon as the page is read (its count `null` unless the read
   * saw every match, or the count last known), then again when the count is known. `onError` hears
   * of failed reads.
   */
  const watchPage = (
    query: NoteQuery,
    limit: number,
    onChange: (page: RecentNotesPage) => void,
    onError: (error: unknown) => void,
  ): (() => void) => {
    let page: RecentNotesPage | null = null;
    let count: number | null = null;
    let countSubscription: { unsubscribe: () => void } | null = null;
    const pageSubscription = liveQuery(() => readPage(query, limit)).subscribe({
      next: (read) => {
        page = read;
        if (read.matchingCount !== null) return onChange(read);
        onChange({ ...read, matchingCount: count });
        // Counted only once a page needs it, so the count's reads never hold up the first page.
        countSubscription ??= liveQuery(() => countMatching(query)).subscribe({
          next: (counted) => {
            count = counted;
            if (page !== null && page.matchingCount === null) onChange({ ...page, matchingCount: counted });
          },
          error: onError,
        });
      },
      error: onError,
    });
    return () => {
      pageSubscription.unsubscribe();
      countSubscription?.unsubscribe();
    };
  };

  return { readPage, countMatching, watchPage };
};

/** The recent-entries reads of one database. */
export type RecentNotesQuery = ReturnType<typeof createRecentNotesQuery>;
