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

  it('0004 keeps the flags already written and lets a flag name a noteDeletion (PUSH-6)', async () => {
    const through0003 = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0004'));
    await migrateToLatest(database, through0003);
    const { db } = database;
    await db
      .insertInto('wards')
      .values({ id: 'ward-7b', name: 'Ward 7B', last_seq: 0, created_at: '2025-11-24T09:00:00.000Z' })
      .execute();
    const flag = (recordId: string, recordType: string) => ({
      record_id: recordId,
      record_type: recordType,
      ward_id: 'ward-7b',
      kinds: '[{"kind":"name","count":1}]',
      flagged_at: '2025-11-24T09:00:00.000Z',
    });
    await db.insertInto('identifier_flags').values(flag('note-1', 'note')).execute();
    await expect(
      db.insertInto('identifier_flags').values(flag('deletion-1', 'noteDeletion')).execute(),
    ).rejects.toThrow();

    expect(await migrateToLatest(database)).toEqual(['0004-flag-note-deletions']);
    await db.insertInto('identifier_flags').values(flag('deletion-1', 'noteDeletion')).execute();
    await expect(
      db.insertInto('identifier_flags').values(flag('idea-1', 'idea')).execute(),
    ).rejects.toThrow();
    await expect(
      db.insertInto('identifier_flags').values(flag('note-1', 'note')).execute(),
    ).rejects.toThrow();
    expect(
      await db
        .selectFrom('identifier_flags')
        .select(['record_id', 'record_type'])
        .orderBy('record_id')
        .execute(),
    ).toEqual([
      { record_id: 'deletion-1', record_type: 'noteDeletion' },
      { record_id: 'note-1', record_type: 'note' },
    ]);
    const indexes =
      database.dialect === 'postgres'
        ? await sql<{ name: string }>`select indexname as name from pg_indexes
            where tablename = 'identifier_flags' and schemaname = current_schema()`.execute(db)
        : await sql<{ name: string }>`select name from sqlite_master
            where type = 'index' and tbl_name = 'identifier_flags'`.execute(db);
    expect(indexes.rows.map((row) => row.name)).toContain('identifier_flags_ward_id_flagged_at');
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
