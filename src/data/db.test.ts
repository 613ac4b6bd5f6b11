import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_NAME, openWardsideDatabase, type WardsideDatabase } from './db';

const openDatabases: WardsideDatabase[] = [];

afterEach(async () => {
  await Promise.all(openDatabases.splice(0).map((db) => db.delete()));
});

describe('openWardsideDatabase', () => {
  it('opens version 1 with the record, outbox and device state tables and their indexes', async () => {
    const db = openWardsideDatabase('db-test-schema');
    openDatabases.push(db);
    await db.open();

    expect(db.verno).toBe(1);
    const indexes = Object.fromEntries(
      db.tables.map((table) => [
        table.name,
        {
          primaryKey: table.schema.primKey.name,
          isAutoIncrement: table.schema.primKey.auto,
          indexes: table.schema.indexes.map((index) => index.name).sort(),
        },
      ]),
    );
    expect(indexes).toEqual({
      notes: { primaryKey: 'id', isAutoIncrement: false, indexes: ['createdAt', 'wardId'] },
      feedbackResponses: { primaryKey: 'id', isAutoIncrement: false, indexes: ['createdAt'] },
      ideas: { primaryKey: 'id', isAutoIncrement: false, indexes: ['createdAt'] },
      ideaEvents: { primaryKey: 'id', isAutoIncrement: false, indexes: ['createdAt'] },
      huddles: { primaryKey: 'id', isAutoIncrement: false, indexes: ['createdAt'] },
      outbox: { primaryKey: 'mutationId', isAutoIncrement: true, indexes: ['recordId'] },
      deviceState: { primaryKey: 'key', isAutoIncrement: false, indexes: [] },
    });
  });

  it('is called "wardside" unless told otherwise', () => {
    const db = openWardsideDatabase();
    openDatabases.push(db);
    expect(db.name).toBe(DEFAULT_DATABASE_NAME);
    expect(DEFAULT_DATABASE_NAME).toBe('wardside');
  });
});
