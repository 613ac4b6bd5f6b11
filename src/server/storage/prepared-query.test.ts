import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../migrations/migrate-to-latest';
import {
  announcePostgresSkip,
  createPostgresTestSchema,
  postgresSkipReason,
  postgresUrl,
} from '../testing/postgres-test-schema';
import { createTemporaryDirectory } from '../testing/temporary-directory';
import { openDatabase, type Database } from './database';
import { preparedQuery } from './prepared-query';

announcePostgresSkip();

type Opened = { database: Database; remove: () => Promise<void> };

const openSqlite = async (): Promise<Opened> => {
  const directory = await createTemporaryDirectory('prepared-query');
  const database = openDatabase({ dataDirectory: directory.path, databaseUrl: undefined });
  return {
    database,
    remove: async () => {
      await database.close();
      await directory.remove();
    },
  };
};

const openPostgres = async (): Promise<Opened> => {
  const schema = await createPostgresTestSchema(postgresUrl ?? '');
  const database = openDatabase({ dataDirectory: '/nonexistent', databaseUrl: schema.databaseUrl });
  return {
    database,
    remove: async () => {
      await database.close();
      await schema.drop();
    },
  };
};

const insertMeta = preparedQuery((db, key: string, value: string) =>
  db.insertInto('server_meta').values({ key, value }),
);

const readMeta = preparedQuery((db, key: string) =>
  db.selectFrom('server_meta').select('value').where('key', '=', key),
);

const dialects = [
  { name: 'SQLite', open: openSqlite, isSkipped: false },
  { name: `PostgreSQL (${postgresSkipReason} when skipped)`, open: openPostgres, isSkipped: !postgresUrl },
];

describe.each(dialects)('preparedQuery on $name', ({ open, isSkipped }) => {
  let opened: Opened | undefined;
  const db = () => {
    if (opened === undefined) throw new Error('The database is opened in beforeEach.');
    return opened.database.db;
  };
  beforeEach(async () => {
    if (isSkipped) return;
    opened = await open();
    await migrateToLatest(opened.database);
  });
  afterEach(async () => {
    await opened?.remove();
    opened = undefined;
  });

  it.skipIf(isSkipped)('runs the SQL compiled on first use again with other parameters', async () => {
    await insertMeta(db(), 'first', 'one');
    await insertMeta(db(), 'second', 'two');
    expect(await readMeta(db(), 'first')).toEqual([{ value: 'one' }]);
    expect(await readMeta(db(), 'second')).toEqual([{ value: 'two' }]);
    expect(await readMeta(db(), 'third')).toEqual([]);
  });

  it.skipIf(isSkipped)('runs inside a transaction, and what it wrote rolls back with it', async () => {
    await expect(
      db()
        .transaction()
        .execute(async (transaction) => {
          await insertMeta(transaction, 'inside', 'yes');
          expect(await readMeta(transaction, 'inside')).toEqual([{ value: 'yes' }]);
          throw new Error('roll back');
        }),
    ).rejects.toThrow('roll back');
    expect(await readMeta(db(), 'inside')).toEqual([]);
  });

  it.skipIf(isSkipped)(
    'refuses a query that does not use its parameters once each, in order, before running it',
    async () => {
      const swapped = preparedQuery((database, value: string, key: string) =>
        database.insertInto('server_meta').values({ key, value }),
      );
      await expect(swapped(db(), 'a value', 'a key')).rejects.toThrow(/once each, in order/);
      const withFixedValue = preparedQuery((database, key: string) =>
        database.selectFrom('server_meta').select('value').where('key', '=', key).where('value', '=', 'x'),
      );
      await expect(withFixedValue(db(), 'a key')).rejects.toThrow(/once each, in order/);
      expect(await readMeta(db(), 'a key')).toEqual([]);
    },
  );
});
