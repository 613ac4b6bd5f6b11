// PostgreSQL's ward lock: `SELECT … FOR UPDATE` on the ward's row. Other writers to the same ward
// wait there until this transaction commits or rolls back; writers to other wards, and readers, do
// not wait at all. Under READ COMMITTED the waiting writer then reads the committed `last_seq`.
// Taken on every push: compiled once.
import { preparedQuery } from './prepared-query';
import type { WardLock } from './ward-lock';

const lockAndReadLastSeq = preparedQuery((db, wardId: string) =>
  db.selectFrom('wards').select('last_seq').where('id', '=', wardId).forUpdate(),
);

export const postgresWardLock: WardLock = {
  async lockWard(transaction, wardId) {
    const [row] = await lockAndReadLastSeq(transaction, wardId);
    return row === undefined ? undefined : Number(row.last_seq);
  },
};
