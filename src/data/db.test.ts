import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_NAME, openWardsideDatabase, type WardsideDatabase } from './db';

const openDatabases: WardsideDatabase[] = [];

afterEach(async () => {
  await Promise.all(openDatabases.splice(0).map((db) => db.delete()));
});

describe('openWardsideDatabase', () => {
  it('opens version 3 with the record, idea copy, tombstone, outbox and device state tables and their indexes', async () => {
    const db = openWardsideDatabase('db-test-schema');
    openDatabases.push(db);
    await db.open();

    expect(db.verno).toBe(3);
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
      notes: {
        primaryKey: 'id',
        isAutoIncrement: false,
        indexes: ['createdAt', 'filterKeys', 'searchWords', 'supersedes', 'wardId'],
      },
      noteDeletions: { primaryKey: 'id', isAutoIncrement: false, indexes: ['createdAt', 'noteId'] },
      feedbackResponses: { primaryKey: 'id', isAutoIncrement: false, indexes: ['createdAt'] },
      ideas: { primaryKey: 'id', isAutoIncrement: false, indexes: ['createdAt'] },
      ideaEvents: { primaryKey: 'id', isAutoIncrement: false, indexes: ['createdAt', 'ideaId'] },
      ideaBases: { primaryKey: 'id', isAutoIncrement: false, indexes: [] },
      publishedIdeas: { primaryKey: 'id', isAutoIncrement: false, indexes: [] },
      huddles: { primaryKey: 'id', isAutoIncrement: false, indexes: ['createdAt'] },
      outbox: { primaryKey: 'mutationId', isAutoIncrement: true, indexes: ['recordId'] },
      deviceState: { primaryKey: 'key', isAutoIncrement: false, indexes: [] },
    });
  });

  it('keeps the rows and the outbox key generator of a version 1 database when it opens as version 2', async () => {
    const name = 'db-test-upgrade';
    const version1 = new Dexie(name);
    version1.version(1).stores({
      notes: 'id, createdAt, wardId',
      feedbackResponses: 'id, createdAt',
      ideas: 'id, createdAt',
      ideaEvents: 'id, createdAt',
      huddles: 'id, createdAt',
      outbox: '++mutationId, recordId',
      deviceState: 'key',
    });
    await version1.table('deviceState').put({ key: 'deviceId', value: 'kept' });
    await version1.table('outbox').add({ recordId: 'a' });
    version1.close();

    const db = openWardsideDatabase(name);
    openDatabases.push(db);
    expect(await db.deviceState.get('deviceId')).toEqual({ key: 'deviceId', value: 'kept' });
    expect(await db.outbox.add({ recordId: 'b' })).toBe(2);
  });

  it('NOTE-6: resets the pull cursor to zero when a version 2 database opens as version 3, so tombstones are pulled', async () => {
    const name = 'db-test-upgrade-cursor';
    const version2 = new Dexie(name);
    version2
      .version(1)
      .stores({ notes: 'id, createdAt, wardId', outbox: '++mutationId, recordId', deviceState: 'key' });
    version2
      .version(2)
      .stores({ ideaEvents: 'id, createdAt, ideaId', ideaBases: 'id', publishedIdeas: 'id' });
    await version2.table('deviceState').bulkPut([
      { key: 'cursor', value: 57 },
      { key: 'epoch', value: 'epoch-1' },
    ]);
    version2.close();

    const db = openWardsideDatabase(name);
    openDatabases.push(db);
    expect(await db.deviceState.get('cursor')).toEqual({ key: 'cursor', value: 0 });
    expect(await db.deviceState.get('epoch')).toEqual({ key: 'epoch', value: 'epoch-1' });
  });

  it('is called "wardside" unless told otherwise', () => {
    const db = openWardsideDatabase();
    openDatabases.push(db);
    expect(db.name).toBe(DEFAULT_DATABASE_NAME);
    expect(DEFAULT_DATABASE_NAME).toBe('wardside');
  });
});
