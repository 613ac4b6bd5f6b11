// What the server has stored, read straight from its SQLite file (read-only, beside the running
// server: WAL lets a reader in while it writes). There is no admin API for responses yet, and the
// database is the strictest witness of "received exactly once": one row per record id, parsed with
// the domain's own schema so a malformed row fails here rather than passing as a count.
import BetterSqlite3 from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  feedbackResponseSchema,
  type FeedbackResponse,
} from '../../../src/domain/feedback/feedback-response';

const sqliteFile = (dataDir: string) => join(dataDir, 'wardside.sqlite');

const withDatabase = <Value>(dataDir: string, read: (db: BetterSqlite3.Database) => Value): Value => {
  const db = new BetterSqlite3(sqliteFile(dataDir), { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
};

/** Every FeedbackResponse row on the server, in the order it received them. */
export function storedFeedbackResponses(dataDir: string): FeedbackResponse[] {
  if (!existsSync(sqliteFile(dataDir))) return [];
  const rows = withDatabase(dataDir, (db) =>
    db.prepare("select body from records where record_type = 'feedbackResponse' order by seq").all(),
  ) as { body: string }[];
  return rows.map((row) => feedbackResponseSchema.parse(JSON.parse(row.body)));
}

/** How many pushed changes the server refused and kept aside: none, when all is well. */
export function quarantinedCount(dataDir: string): number {
  const row = withDatabase(dataDir, (db) => db.prepare('select count(*) as count from quarantine').get()) as {
    count: number;
  };
  return row.count;
}
