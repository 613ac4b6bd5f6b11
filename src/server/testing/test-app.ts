// Test helper: the real app on a real database (SQLite in a temp folder unless a PostgreSQL URL is
// given), migrated, with a fake build as STATIC_DIR. Tests talk to it with `app.inject`.
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppLoggerOptions } from '../http/app';
import type { SyncApiRateLimits } from '../http/sync-api';
import { migrateToLatest } from '../migrations/migrate-to-latest';
import { openDatabase, type Database } from '../storage/database';
import { createSyncStore } from '../storage/kysely-sync-store';
import type { SyncStore } from '../storage/sync-store';
import { writeFakeBuild } from './fake-build';
import { createTemporaryDirectory } from './temporary-directory';

export type TestAppOptions = {
  /** Write the fake build into STATIC_DIR (default true); false leaves STATIC_DIR empty. */
  isBuilt?: boolean;
  databaseUrl?: string;
  logger?: AppLoggerOptions | false;
  /** Called before the app is ready, e.g. to add a route only a test needs. */
  extendApp?: (app: FastifyInstance) => void;
  /** The server's sync clock; real time by default. */
  clock?: () => Date;
  rateLimits?: SyncApiRateLimits;
};

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  /** The app's SyncStore, for setting up wards and devices directly. */
  store: SyncStore;
  dataDirectory: string;
  staticDirectory: string;
  close(): Promise<void>;
};

export const testVersion = '9.9.9-test';

export const createTestApp = async ({
  isBuilt = true,
  databaseUrl,
  logger = false,
  extendApp,
  clock,
  rateLimits,
}: TestAppOptions = {}): Promise<TestApp> => {
  const directory = await createTemporaryDirectory('app');
  const dataDirectory = path.join(directory.path, 'data');
  const staticDirectory = path.join(directory.path, 'client');
  if (isBuilt) await writeFakeBuild(staticDirectory);
  const database = openDatabase({ dataDirectory, databaseUrl });
  await migrateToLatest(database);
  const store = createSyncStore(database);
  const app = await buildApp({
    config: { staticDirectory, logLevel: 'trace' },
    database,
    logger,
    version: testVersion,
    store,
    ...(clock ? { clock } : {}),
    ...(rateLimits ? { rateLimits } : {}),
  });
  extendApp?.(app);
  await app.ready();
  return {
    app,
    database,
    store,
    dataDirectory,
    staticDirectory,
    close: async () => {
      await app.close();
      await database.close();
      await directory.remove();
    },
  };
};
