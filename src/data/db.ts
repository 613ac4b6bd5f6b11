/**
 * The tablet's IndexedDB database, through Dexie. This module owns the schema: which tables exist and
 * what they are indexed by. Nothing outside `src/data` opens it; repositories here read rows back
 * through the domain schemas, so table rows are typed as unknown-valued rows, never as domain types.
 */
import { Dexie, type Table } from 'dexie';
import { NOTE_SEARCH_FIELDS, noteSearchFieldsMiddleware, withSearchFields } from './note-search-fields';

/** A row as stored: whatever IndexedDB gives back, to be parsed before use. */
export type StoredRow = { readonly [field: string]: unknown };

/** One entry of the device's own key-value state (device id, ward id, later cursors and clocks). */
export type DeviceStateRow = { key: string; value: unknown };

/** The name of the database on a real device. */
export const DEFAULT_DATABASE_NAME = 'wardside';

export class WardsideDatabase extends Dexie {
  declare notes: Table<StoredRow, string>;
  declare feedbackResponses: Table<StoredRow, string>;
  declare ideas: Table<StoredRow, string>;
  declare ideaEvents: Table<StoredRow, string>;
  declare huddles: Table<StoredRow, string>;
  declare outbox: Table<StoredRow, number>;
  declare deviceState: Table<DeviceStateRow, string>;
  /** The server's latest copy of each idea (`{ id, base }`): the displayed idea is this plus pending edits. */
  declare ideaBases: Table<StoredRow, string>;
  /** What a kiosk may show of the ward's ideas (`PublishedIdea` rows, pulled instead of ideas). */
  declare publishedIdeas: Table<StoredRow, string>;
  /** Tombstones of deleted notes (`NoteDeletion` rows): the note itself is never removed. */
  declare noteDeletions: Table<StoredRow, string>;

  constructor(name: string) {
    super(name);
    // Versions are append-only. A released version is never edited: a change is a new
    // `this.version(n + 1).stores(...)` (with `.upgrade(...)` when rows must change), because
    // tablets in the field still hold data in every earlier shape.
    this.version(1).stores({
      notes: 'id, createdAt, wardId',
      feedbackResponses: 'id, createdAt',
      ideas: 'id, createdAt',
      ideaEvents: 'id, createdAt',
      huddles: 'id, createdAt',
      // `++` makes IndexedDB assign mutation ids: see outbox.ts for why they must come from here.
      outbox: '++mutationId, recordId',
      deviceState: 'key',
    });
    // Version 2 (sync): the server's copy of each idea kept apart from the one shown, so that pending
    // edits can be applied over every new server copy (see apply-pulled-page.ts), and the kiosk's
    // published ideas, and idea events by idea for an idea's history. No existing row changes shape,
    // so no upgrade function is needed.
    this.version(2).stores({
      ideaEvents: 'id, createdAt, ideaId',
      ideaBases: 'id',
      publishedIdeas: 'id',
    });
    // Version 3 (corrections and recent entries): notes by the note they supersede (IndexedDB leaves
    // a null key out of an index, so this index lists exactly the corrected notes), and the
    // tombstones of deleted notes by the note each deletes. Notes also by each of their folded words
    // and filter keys (multi-entry), for the recent-entries search: fields that exist only in
    // storage, written and hidden by the middleware of note-search-fields.ts, each entry the word or
    // key then the note's id, so that a word's newest notes are the end of its range. The upgrade gives them
    // to notes stored before (the middleware would too, but an upgrade must not depend on it).
    this.version(3)
      .stores({
        notes: `id, createdAt, wardId, supersedes, *${NOTE_SEARCH_FIELDS.searchWords}, *${NOTE_SEARCH_FIELDS.filterKeys}`,
        noteDeletions: 'id, createdAt, noteId',
      })
      .upgrade(async (transaction) => {
        await transaction
          .table('notes')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            Object.assign(row, withSearchFields(row));
          });
        // Pull from the start once (SPEC NOTE-6): as a protocol 1 client, this tablet was not sent
        // note tombstones, and its cursor may have moved past them. Re-pulling is idempotent (PULL-2).
        // 'cursor' is SYNC_STATE_KEYS.cursor, named here because that module imports this one.
        await transaction.table('deviceState').update('cursor', { value: 0 });
      });
    this.use(noteSearchFieldsMiddleware);
  }
}

/**
 * The database of this device. Dexie opens it on first use, so this returns at once; tests pass their
 * own name so that each gets a database of its own.
 */
export const openWardsideDatabase = (name: string = DEFAULT_DATABASE_NAME): WardsideDatabase =>
  new WardsideDatabase(name);
