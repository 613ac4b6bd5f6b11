// SQLite's ward lock: SQLite has one writer per database, and our transactions start with BEGIN
// IMMEDIATE (immediate-sqlite-dialect.ts), which takes that write lock before the first statement.
// So by the time we read `last_seq` the whole database, and with it every ward, is already locked;
// there is no row lock to take (SQLite has no FOR UPDATE). Read on every push: compiled once.
import { preparedQuery } from './prepared-query';
import type { WardLock } from './ward-lock';

const readLastSeq = preparedQuery((db, wardId: string) =>
  db.selectFrom('wards').select('last_seq').where('id', '=', wardId),
);

export const sqliteWardLock: WardLock = {
  async lockWard(transaction, wardId) {
    const [row] = await readLastSeq(transaction, wardId);
    return row === undefined ? undefined : Number(row.last_seq);
  },
};
