// The floor for server ingest: the same rows written into the `records` table with bare
// better-sqlite3, a prepared INSERT run row by row, one transaction per batch, and nothing else (no
// parsing, no seq bookkeeping, no device row, no query builder). DESIGN.md's ingest budget is a ratio
// to this.
import BetterSqlite3 from 'better-sqlite3';
import type { Note } from '../../src/domain/notes/note';
import type { AuthenticatedDevice } from '../../src/server/storage/sync-store';

/** A `records` row as insert-new-records.ts writes it. */
export type RecordRow = {
  id: string;
  ward_id: string;
  record_type: string;
  body: string;
  seq: number;
  created_by_device: string;
  received_at: string;
};

/** The rows the server would store for these notes from `device`, seqs from 1. */
export const recordRowsOf = (
  notes: readonly Note[],
  device: AuthenticatedDevice,
  receivedAt: Date,
): RecordRow[] =>
  notes.map((note, index) => ({
    id: note.id,
    ward_id: device.wardId,
    record_type: 'note',
    body: JSON.stringify(note),
    seq: index + 1,
    created_by_device: device.id,
    received_at: receivedAt.toISOString(),
  }));

/**
 * Opens `sqliteFile` as the server does (src/server/storage/database.ts sets these PRAGMAs; they are
 * repeated here because the bare baseline must not go through Kysely).
 */
const openBare = (sqliteFile: string) => {
  const sqlite = new BetterSqlite3(sqliteFile);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
};

/**
 * Inserts `rows` in transactions of `batchSize` and returns the milliseconds the inserts took
 * (opening and closing the file are not counted, as the store's ingest does not count them either).
 */
export const bareBatchedInsert = (
  sqliteFile: string,
  rows: readonly RecordRow[],
  batchSize: number,
): number => {
  const sqlite = openBare(sqliteFile);
  try {
    const started = performance.now();
    const insert = sqlite.prepare(
      `insert into records (id, ward_id, record_type, body, seq, created_by_device, received_at)
       values (@id, @ward_id, @record_type, @body, @seq, @created_by_device, @received_at)`,
    );
    const insertBatch = sqlite.transaction((batch: readonly RecordRow[]) => {
      for (const row of batch) insert.run(row);
    });
    for (let start = 0; start < rows.length; start += batchSize) {
      insertBatch(rows.slice(start, start + batchSize));
    }
    return performance.now() - started;
  } finally {
    sqlite.close();
  }
};
