import { describe } from 'vitest';
import { migrateToLatest } from '../../src/server/migrations/migrate-to-latest';
import { openDatabase } from '../../src/server/storage/database';
import { createSyncStore } from '../../src/server/storage/kysely-sync-store';
import {
  announcePostgresSkip,
  createPostgresTestSchema,
  postgresSkipReason,
  postgresUrl,
} from '../../src/server/testing/postgres-test-schema';
import { createTemporaryDirectory } from '../../src/server/testing/temporary-directory';
import { syncStoreContract } from './sync-store.contract';

announcePostgresSkip();

syncStoreContract('SQLite', async () => {
  const directory = await createTemporaryDirectory('sync-store');
  const database = openDatabase({ dataDirectory: directory.path, databaseUrl: undefined });
  await migrateToLatest(database);
  return {
    store: createSyncStore(database),
    database,
    close: async () => {
      await database.close();
      await directory.remove();
    },
  };
});

describe.skipIf(!postgresUrl)(`PostgreSQL (${postgresSkipReason} when skipped)`, () => {
  syncStoreContract('PostgreSQL', async () => {
    const schema = await createPostgresTestSchema(postgresUrl ?? '');
    const database = openDatabase({ dataDirectory: '/nonexistent', databaseUrl: schema.databaseUrl });
    await migrateToLatest(database);
    return {
      store: createSyncStore(database),
      database,
      close: async () => {
        await database.close();
        await schema.drop();
      },
    };
  });
});
