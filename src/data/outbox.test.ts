import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNote, type Note } from '../domain/notes/note';
import { createUuidV7 } from '../domain/shared/ids';
import { openWardsideDatabase, type WardsideDatabase } from './db';
import { countOutbox, listOutbox, queueCreate } from './outbox';

let databaseCount = 0;
const openDatabases: WardsideDatabase[] = [];

const openTestDatabase = (): WardsideDatabase => {
  const db = openWardsideDatabase(`outbox-test-${++databaseCount}`);
  openDatabases.push(db);
  return db;
};

afterEach(async () => {
  await Promise.all(openDatabases.splice(0).map((db) => db.delete()));
});

const deviceId = createUuidV7(Date.UTC(2025, 0, 1), new Uint8Array(10).fill(2));

const makeNote = (index: number): Note => {
  const now = new Date(Date.UTC(2025, 0, 31, 9, index));
  const result = createNote(
    { text: `Note ${index}` },
    { id: createUuidV7(now.getTime(), new Uint8Array(10).fill(index)), wardId: 'unenrolled', deviceId, now },
  );
  if (!result.isOk) throw new Error(result.error);
  return result.value;
};

const queueNote = (db: WardsideDatabase, note: Note): Promise<number> =>
  db.transaction('rw', db.notes, db.outbox, async () => {
    await db.notes.add(note);
    return queueCreate(db, 'note', note, new Date(note.createdAt));
  });

describe('outbox', () => {
  it('lists the oldest mutations first, up to the limit, and counts them all', async () => {
    const db = openTestDatabase();
    const notes = [1, 2, 3].map(makeNote);
    for (const note of notes) await queueNote(db, note);

    expect(await countOutbox(db)).toBe(3);
    const entries = await listOutbox(db, 2);
    expect(entries.map((entry) => entry.recordId)).toEqual([notes[0]?.id, notes[1]?.id]);
    expect(entries[0]).toEqual({
      mutationId: 1,
      recordType: 'note',
      recordId: notes[0]?.id,
      operation: 'create',
      payload: notes[0],
      queuedAt: notes[0]?.createdAt,
    });
  });

  it('never reuses a mutation id, even after entries are removed (SPEC PUSH-1)', async () => {
    const db = openTestDatabase();
    const first = await queueNote(db, makeNote(1));
    const second = await queueNote(db, makeNote(2));
    await db.outbox.clear();
    const third = await queueNote(db, makeNote(3));

    expect(first).toBeLessThan(second);
    expect(second).toBeLessThan(third);
  });

  it('skips an entry that no longer parses, keeps it stored and reports its mutation id', async () => {
    const db = openTestDatabase();
    const note = makeNote(1);
    await queueNote(db, note);
    const corruptId = await db.outbox.add({ recordType: 'note', recordId: note.id, operation: 'delete' });
    await queueNote(db, makeNote(2));
    const onCorruptEntry = vi.fn();

    const entries = await listOutbox(db, 5, { onCorruptEntry });

    expect(entries).toHaveLength(2);
    expect(onCorruptEntry).toHaveBeenCalledWith(corruptId);
    expect(await countOutbox(db)).toBe(3);
  });

  it('refuses an entry whose record id is not the id of its payload', async () => {
    const db = openTestDatabase();
    const note = makeNote(1);
    await db.outbox.add({
      recordType: 'note',
      recordId: makeNote(2).id,
      operation: 'create',
      payload: note,
      queuedAt: note.createdAt,
    });

    expect(await listOutbox(db, 5)).toEqual([]);
  });
});
