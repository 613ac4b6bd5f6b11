// A fresh server database for a benchmark run: SQLite in a temporary folder, opened by the server's
// own `openDatabase` (so the same PRAGMAs), migrated, with one ward and one enrolled staff device made
// through the real SyncStore. Both the store's ingest and the bare-insert baseline start from this, so
// they write into the same table shape, indexes and foreign keys.
import path from 'node:path';
import { migrateToLatest } from '../../src/server/migrations/migrate-to-latest';
import { openDatabase, sqliteFileName, type Database } from '../../src/server/storage/database';
import { createSyncStore } from '../../src/server/storage/kysely-sync-store';
import type { AuthenticatedDevice, SyncStore } from '../../src/server/storage/sync-store';
import { createTemporaryDirectory } from '../../src/server/testing/temporary-directory';

export type BenchServerDatabase = {
  database: Database;
  store: SyncStore;
  device: AuthenticatedDevice;
  /** The SQLite file, for opening it again with bare better-sqlite3. */
  sqliteFile: string;
  /** Closes the Kysely connection; safe to call twice. */
  closeDatabase: () => Promise<void>;
  /** Closes the database and deletes the folder. */
  remove: () => Promise<void>;
};

export const openBenchServerDatabase = async (now: Date): Promise<BenchServerDatabase> => {
  const directory = await createTemporaryDirectory('bench');
  const dataDirectory = path.join(directory.path, 'data');
  const database = openDatabase({ dataDirectory, databaseUrl: undefined });
  await migrateToLatest(database);
  const store = createSyncStore(database);
  const ward = await store.createWard('Bench ward', now);
  if (!ward.isOk) throw new Error(ward.error);
  const { code } = await store.createEnrolmentCode(ward.value.id, 'staff', now);
  const enrolment = await store.enrolDevice(code, now);
  if (enrolment === undefined) throw new Error('The bench device could not enrol.');
  // The epoch is made on first use: make it now, so that no timed batch pays for it.
  await store.getEpoch();
  return {
    database,
    store,
    device: enrolment.device,
    sqliteFile: path.join(dataDirectory, sqliteFileName),
    closeDatabase: () => database.close(),
    remove: async () => {
      await database.close();
      await directory.remove();
    },
  };
};
