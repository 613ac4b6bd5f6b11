/**
 * The search fields of stored notes: `searchWords` (the note's folded words) and `filterKeys` (its
 * filter keys), both indexed multi-entry in db.ts so the recent-entries list answers from indexes.
 * Each entry is `${word or key}\u0001${note id}` (see {@link indexEntryOf}): the index then sorts
 * by word and, within a word, by id, and UUIDv7 ids sort by time, so the newest notes with a word
 * are read straight from the end of its range, and a page further back is a narrower key range.
 *
 * They live only in IndexedDB. A Dexie middleware (below every reader and writer of `db.notes`)
 * computes them afresh from each note written, never from what the writer passed, and never changes
 * the writer's object; and it takes them off every row read (get, bulk get, queries, cursors). So no
 * repository, sync step or outbox payload ever sees them, and the strict `Note` schema still parses
 * every row. Only index look-ups (`where('searchWords')…`) use them.
 *
 * A writer that has just parsed its notes with the note schema (a pull page, apply-pulled-page.ts)
 * hands them over with {@link asParsedNotes}, and they are not parsed a second time here.
 */
import type {
  DBCore,
  DBCoreCursor,
  DBCoreGetManyRequest,
  DBCoreGetRequest,
  DBCoreMutateRequest,
  DBCoreOpenCursorRequest,
  DBCoreQueryRequest,
  DBCoreTable,
  Middleware,
} from 'dexie';
import { noteSchema, type Note } from '../domain/notes/note';
import { filterKeysOf } from '../domain/notes/note-query-keys';
import { searchWordsOf } from '../domain/notes/note-query-words';

/** The names of the stored-only fields, for the index definitions in db.ts. */
export const NOTE_SEARCH_FIELDS = { searchWords: 'searchWords', filterKeys: 'filterKeys' } as const;

/**
 * Between a word (or filter key) and the note's id in an index entry. It sorts below every character
 * a folded word or filter key holds, so a word's entries sit together, before those of any longer
 * word it starts ("call" before "calls").
 */
export const INDEX_ENTRY_SEPARATOR = '\u0001';

/** The index entry of a word or filter key for the note `id`. */
export const indexEntryOf = (wordOrKey: string, id: string): string =>
  `${wordOrKey}${INDEX_ENTRY_SEPARATOR}${id}`;

/** The bounds of a word's (or filter key's) entries: from the first to just past the last. */
export const indexEntryBoundsOf = (wordOrKey: string): { lower: string; upper: string } => ({
  lower: `${wordOrKey}${INDEX_ENTRY_SEPARATOR}`,
  upper: `${wordOrKey}\u0002`,
});

/** The word (or filter key) of an index entry. */
export const wordOfIndexEntry = (entry: string): string =>
  entry.slice(0, entry.indexOf(INDEX_ENTRY_SEPARATOR));

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null;

/** The row without its search fields (the same object when it has none). */
export const withoutSearchFields = <Value>(value: Value): Value => {
  if (!isRow(value)) return value;
  if (!(NOTE_SEARCH_FIELDS.searchWords in value) && !(NOTE_SEARCH_FIELDS.filterKeys in value)) return value;
  const { [NOTE_SEARCH_FIELDS.searchWords]: _words, [NOTE_SEARCH_FIELDS.filterKeys]: _keys, ...note } = value;
  return note as Value;
};

/**
 * Notes that the note schema produced and that were frozen at once, so they are still exactly what
 * it produced: the middleware indexes them without parsing them again. Held weakly: a note written
 * and forgotten is not kept.
 */
const parsedNotes = new WeakSet<object>();

const freezeDeeply = (value: unknown): void => {
  if (!isRow(value) || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const field of Object.values(value)) freezeDeeply(field);
};

/**
 * Hands notes just parsed with `noteSchema` (never anything else) to a write of `db.notes`: they are
 * frozen, so they cannot change before they are written, and the middleware does not parse them a
 * second time. Returns the same notes.
 */
export const asParsedNotes = <Parsed extends Note>(notes: readonly Parsed[]): readonly Parsed[] => {
  for (const note of notes) {
    freezeDeeply(note);
    parsedNotes.add(note);
  }
  return notes;
};

/** The note, when the row is one: parsed, or taken as it is when it was handed over already parsed. */
const noteOf = (row: unknown): Note | undefined => {
  if (isRow(row) && parsedNotes.has(row)) return row as Note;
  const parsed = noteSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
};

/**
 * A copy of the row with search fields made from it. A row that is not a valid note gets none: it is
 * stored as given (and the readers skip it as corrupt), so it is never found by a search or filter.
 */
export const withSearchFields = (value: unknown): unknown => {
  const row = withoutSearchFields(value);
  const note = noteOf(row);
  if (note === undefined || !isRow(row)) return row;
  return {
    ...row,
    [NOTE_SEARCH_FIELDS.searchWords]: searchWordsOf(note.text).map((word) => indexEntryOf(word, note.id)),
    [NOTE_SEARCH_FIELDS.filterKeys]: filterKeysOf(note).map((key) => indexEntryOf(key, note.id)),
  };
};

const hideFieldsOfCursor = (cursor: DBCoreCursor): DBCoreCursor =>
  // The pattern of Dexie's own observability middleware: the cursor's methods are the original's
  // (Dexie binds them to it); its native getters must be read on the original too (a browser's
  // IDBCursor getters throw "Illegal invocation" on any other object), so each is passed through.
  Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: { get: () => withoutSearchFields(cursor.value) },
  }) as DBCoreCursor;

const notesTable = (table: DBCoreTable): DBCoreTable => ({
  ...table,
  mutate: (request: DBCoreMutateRequest) =>
    table.mutate(
      request.type === 'add' || request.type === 'put'
        ? { ...request, values: request.values.map(withSearchFields) }
        : request,
    ),
  get: async (request: DBCoreGetRequest) => withoutSearchFields(await table.get(request)),
  getMany: async (request: DBCoreGetManyRequest) => (await table.getMany(request)).map(withoutSearchFields),
  query: async (request: DBCoreQueryRequest) => {
    const response = await table.query(request);
    return request.values ? { ...response, result: response.result.map(withoutSearchFields) } : response;
  },
  openCursor: async (request: DBCoreOpenCursorRequest) => {
    const cursor = await table.openCursor(request);
    return cursor && request.values ? hideFieldsOfCursor(cursor) : cursor;
  },
});

/** Registered on the database in db.ts: adds the fields to written notes and hides them from readers. */
export const noteSearchFieldsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'NoteSearchFields',
  create: (down) => ({
    ...down,
    table: (name) => (name === 'notes' ? notesTable(down.table(name)) : down.table(name)),
  }),
};
