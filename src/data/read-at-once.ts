/**
 * A read-only transaction whose answer is given as soon as it is read. Dexie's `transaction()`
 * resolves only once IndexedDB reports the transaction complete: one more round trip to the
 * browser's storage process after the last read, which a read-only transaction need not wait for
 * (it writes nothing, so nothing can fail to commit once its reads have succeeded). The list's
 * first page is the read people wait on, so it is answered at once.
 *
 * `read` must be Dexie promises all the way (no native `await`): the transaction's zone follows
 * Dexie promises, and a native await would leave it.
 */
import type { PromiseExtended, Table } from 'dexie';
import type { WardsideDatabase } from './db';

export const readAtOnce = <Value>(
  db: WardsideDatabase,
  tables: readonly Table[],
  read: () => PromiseExtended<Value>,
): Promise<Value> =>
  new Promise<Value>((resolve, reject) => {
    db.transaction('r', tables, () =>
      read().then((value) => {
        resolve(value);
        return value;
      }),
    ).catch(reject);
  });
