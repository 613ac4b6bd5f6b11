import { sql, type Kysely, type Migration } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../storage/database';
import { ensureServerEpoch } from '../storage/server-epoch';
import {
  announcePostgresSkip,
  createPostgresTestSchema,
  postgresSkipReason,
  postgresUrl,
  type PostgresTestSchema,
} from '../testing/postgres-test-schema';
import { createTemporaryDirectory, type TemporaryDirectory } from '../testing/temporary-directory';
import { migrateToLatest } from './migrate-to-latest';
import { migrations } from './migrations';

announcePostgresSkip();

const failingMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`select * from table_that_does_not_exist`.execute(db);
  },
};

/** The same checks on both backends: the first migration and the epoch must work on each. */
const migrationSuite = (open: () => Promise<{ database: Database; cleanUp(): Promise<void> }>) => {
  let database: Database;
  let cleanUp: () => Promise<void>;
  beforeEach(async () => {
    ({ database, cleanUp } = await open());
  });
  afterEach(async () => {
    await database.close();
    await cleanUp();
  });

  it('applies every migration once, in order, and nothing the second time', async () => {
    expect(await migrateToLatest(database)).toEqual(Object.keys(migrations));
    expect(await migrateToLatest(database)).toEqual([]);
  });

  it('names the migration that failed', async () => {
    await expect(
      migrateToLatest(database, { ...migrations, '9999-broken': failingMigration }),
    ).rejects.toThrow(/^Migration "9999-broken" failed: .*table_that_does_not_exist/);
  });

  it('creates the server epoch once and keeps it', async () => {
    await migrateToLatest(database);
    const first = await ensureServerEpoch(database.db, () => 'epoch-one');
    const second = await ensureServerEpoch(database.db, () => 'epoch-two');
    expect(first).toBe('epoch-one');
    expect(second).toBe('epoch-one');
  });
};

describe('migrations on SQLite', () => {
  migrationSuite(async () => {
    const directory: TemporaryDirectory = await createTemporaryDirectory('migrations');
    return {
      database: openDatabase({ dataDirectory: directory.path, databaseUrl: undefined }),
      cleanUp: directory.remove,
    };
  });
});

describe.skipIf(!postgresUrl)(`migrations on PostgreSQL (${postgresSkipReason} when skipped)`, () => {
  migrationSuite(async () => {
    const schema: PostgresTestSchema = await createPostgresTestSchema(postgresUrl ?? '');
    return {
      database: openDatabase({ dataDirectory: '/nonexistent', databaseUrl: schema.databaseUrl }),
      cleanUp: schema.drop,
    };
  });

  it('migrates its own schema even when another schema already holds Kysely migration tables', async () => {
    const schemas = [
      await createPostgresTestSchema(postgresUrl ?? ''),
      await createPostgresTestSchema(postgresUrl ?? ''),
    ];
    const databases = schemas.map((schema) =>
      openDatabase({ dataDirectory: '/nonexistent', databaseUrl: schema.databaseUrl }),
    );
    try {
      for (const database of databases) {
        expect(await migrateToLatest(database)).toEqual(Object.keys(migrations));
      }
    } finally {
      await Promise.all(databases.map((database) => database.close()));
      await Promise.all(schemas.map((schema) => schema.drop()));
    }
  });
});
