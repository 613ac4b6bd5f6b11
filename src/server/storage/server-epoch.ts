// The server's epoch: a random id made at first start and kept in server_meta. A server restored from a
// backup gets a new one, which tells devices to re-push what they hold and re-pull.
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './database-schema';

/** server_meta's key for the epoch; the push batch reads it in the same query as the device's row. */
export const epochKey = 'epoch';

/**
 * Returns the stored epoch, creating it with `createEpoch` if there is none. Safe when several server
 * instances start at once: the insert yields to whichever wrote first.
 */
export const ensureServerEpoch = async (
  db: Kysely<DatabaseSchema>,
  createEpoch: () => string,
): Promise<string> => {
  await db
    .insertInto('server_meta')
    .values({ key: epochKey, value: createEpoch() })
    .onConflict((conflict) => conflict.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('server_meta')
    .select('value')
    .where('key', '=', epochKey)
    .executeTakeFirstOrThrow();
  return row.value;
};

/** The stored epoch, if one has been made. */
export const readServerEpoch = async (db: Kysely<DatabaseSchema>): Promise<string | undefined> => {
  const row = await db
    .selectFrom('server_meta')
    .select('value')
    .where('key', '=', epochKey)
    .executeTakeFirst();
  return row?.value;
};

/** Replaces the epoch, as a restore from backup must (SPEC EPOCH-1). */
export const replaceServerEpoch = async (db: Kysely<DatabaseSchema>, epoch: string): Promise<void> => {
  await db
    .insertInto('server_meta')
    .values({ key: epochKey, value: epoch })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: epoch }))
    .execute();
};
