import { existsSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  announcePostgresSkip,
  createPostgresTestSchema,
  postgresSkipReason,
  postgresUrl,
} from '../testing/postgres-test-schema';
import { createTemporaryDirectory, type TemporaryDirectory } from '../testing/temporary-directory';
import { openDatabase, sqliteFileName } from './database';

announcePostgresSkip();

describe('openDatabase on SQLite', () => {
  let dataDirectory: TemporaryDirectory;
  beforeEach(async () => {
    dataDirectory = await createTemporaryDirectory('database');
  });
  afterEach(() => dataDirectory.remove());

  it('creates DATA_DIR and wardside.sqlite in it', async () => {
    const nested = path.join(dataDirectory.path, 'not', 'there', 'yet');
    const database = openDatabase({ dataDirectory: nested, databaseUrl: undefined });
    expect(database.dialect).toBe('sqlite');
    expect(existsSync(path.join(nested, sqliteFileName))).toBe(true);
    await database.close();
  });

  it('turns on WAL, foreign keys and a busy timeout', async () => {
    const database = openDatabase({ dataDirectory: dataDirectory.path, databaseUrl: undefined });
    const pragma = async (name: string) => {
      const { rows } = await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(database.db);
      return Object.values(rows[0] ?? {})[0];
    };
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
    await database.close();
  });

  it('starts every transaction with BEGIN IMMEDIATE, holding the write lock from the start', async () => {
    const database = openDatabase({ dataDirectory: dataDirectory.path, databaseUrl: undefined });
    await sql`create table probe (id integer primary key)`.execute(database.db);
    const otherProcess = new BetterSqlite3(path.join(dataDirectory.path, sqliteFileName));
    otherProcess.pragma('busy_timeout = 0');
    try {
      await database.db.transaction().execute(async (transaction) => {
        // Only a read so far: a deferred BEGIN would hold no write lock yet.
        await sql`select count(*) from probe`.execute(transaction);
        expect(() => otherProcess.exec('begin immediate')).toThrow(/locked|busy/i);
      });
      otherProcess.exec('begin immediate');
      otherProcess.exec('rollback');
    } finally {
      otherProcess.close();
      await database.close();
    }
  });

  it('leaves no WAL file behind once closed, and close can be called twice', async () => {
    const database = openDatabase({ dataDirectory: dataDirectory.path, databaseUrl: undefined });
    await sql`create table probe (id integer primary key)`.execute(database.db);
    await sql`insert into probe (id) values (1)`.execute(database.db);
    await database.close();
    await database.close();
    const file = path.join(dataDirectory.path, sqliteFileName);
    expect(existsSync(`${file}-wal`)).toBe(false);
    const reopened = new BetterSqlite3(file, { readonly: true });
    expect(reopened.prepare('select count(*) as count from probe').get()).toEqual({ count: 1 });
    reopened.close();
  });
});

describe.skipIf(!postgresUrl)(`openDatabase on PostgreSQL (${postgresSkipReason} when skipped)`, () => {
  it('connects through a pg pool when DATABASE_URL is set', async () => {
    const schema = await createPostgresTestSchema(postgresUrl ?? '');
    const database = openDatabase({ dataDirectory: '/nonexistent', databaseUrl: schema.databaseUrl });
    try {
      expect(database.dialect).toBe('postgres');
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
      expect(rows[0]?.schema).toMatch(/^wardside_test_/);
    } finally {
      await database.close();
      await schema.drop();
    }
  });
});
