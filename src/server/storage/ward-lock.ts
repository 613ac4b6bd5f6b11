// The per-ward write lock and the seqs handed out under it (SPEC PULL-1).
//
// Why not a database sequence, an autoincrement id or a timestamp for `seq`? Each of those is handed
// out when a row is written, but transactions commit in their own order: T1 takes 5, T2 takes 6, T2
// commits first, a device pulls and moves its cursor to 6, then T1 commits 5 and that device never
// sees it. (Timestamps also collide, and go backwards between servers.) Instead every write to a ward
// first takes the ward's lock and reads its `last_seq`, and holds the lock until it commits, bumping
// `last_seq` in the same transaction. The next writer can only read `last_seq` after this one has
// committed, so seqs become visible in the order they were given, and a rolled-back transaction
// leaves no gap because its bump rolls back too.
import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema } from './database-schema';
import { preparedQuery } from './prepared-query';

/** How one database takes a ward's write lock; the rest of the store is shared Kysely code. */
export type WardLock = {
  /**
   * Inside `transaction`, waits for the ward's write lock and holds it until the transaction ends.
   * Returns the ward's `last_seq`, or `undefined` when there is no such ward.
   */
  lockWard(transaction: Transaction<DatabaseSchema>, wardId: string): Promise<number | undefined>;
};

/** Gives out a ward's seqs one after another while its lock is held. */
export type SeqCounter = {
  /** The seq the next change will get; only `take` uses it up, so a write that did nothing leaves no gap. */
  readonly next: () => number;
  readonly take: () => number;
};

const storeLastSeq = preparedQuery((db, lastSeq: number, wardId: string) =>
  db.updateTable('wards').set({ last_seq: lastSeq }).where('id', '=', wardId),
);

/**
 * Runs `work` in one transaction that holds the ward's lock, then stores the last seq it took.
 * Throws when the ward does not exist (callers pass the ward of an authenticated device).
 */
export const inWardTransaction = <Value>(
  db: Kysely<DatabaseSchema>,
  wardLock: WardLock,
  wardId: string,
  work: (transaction: Transaction<DatabaseSchema>, seqs: SeqCounter) => Promise<Value>,
): Promise<Value> =>
  db.transaction().execute(async (transaction) => {
    const lastSeq = await wardLock.lockWard(transaction, wardId);
    if (lastSeq === undefined) throw new Error('The ward to write to does not exist.');
    let last = lastSeq;
    const value = await work(transaction, { next: () => last + 1, take: () => (last += 1) });
    if (last !== lastSeq) {
      await storeLastSeq(transaction, last, wardId);
    }
    return value;
  });
