import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNote, type Note } from '../domain/notes/note';
import { formatHybridTimestamp } from '../domain/shared/hybrid-logical-clock';
import { createUuidV7 } from '../domain/shared/ids';
import { openWardsideDatabase, type WardsideDatabase } from './db';
import {
  DEFAULT_BATCH_LIMITS,
  countOutbox,
  listOutbox,
  queueCreate,
  queueIdeaChange,
  summarizeOutbox,
  takeBatch,
} from './outbox';

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

describe('outbox batches (SPEC ENG-2)', () => {
  const queueMany = async (db: WardsideDatabase, count: number, textLength = 10): Promise<void> => {
    const notes = Array.from({ length: count }, (_, index) => {
      const now = new Date(Date.UTC(2025, 0, 31, 9, 0, 0, index));
      const result = createNote(
        { text: 'x'.repeat(textLength) },
        { id: createUuidV7(now.getTime(), new Uint8Array(10).fill(index % 256)), wardId: 'w', deviceId, now },
      );
      if (!result.isOk) throw new Error(result.error);
      return result.value;
    });
    await db.transaction('rw', db.notes, db.outbox, async () => {
      for (const note of notes) {
        await db.notes.add(note);
        await queueCreate(db, 'note', note, new Date(note.createdAt));
      }
    });
  };

  it('ENG-2: takes at most 100 mutations, oldest first, and leaves them queued', async () => {
    const db = openTestDatabase();
    await queueMany(db, 250);

    const batch = await takeBatch(db);
    expect(batch).toHaveLength(100);
    expect(batch.map((entry) => entry.mutationId)).toEqual(
      Array.from({ length: 100 }, (_, index) => index + 1),
    );
    expect(await countOutbox(db)).toBe(250);
    expect(await takeBatch(db, { maxMutations: 7 })).toHaveLength(7);
  });

  it('ENG-2: starts above the id the caller says nothing is left at or below', async () => {
    const db = openTestDatabase();
    await queueMany(db, 150);

    const batch = await takeBatch(db, {}, { after: 120 });
    expect(batch.map((entry) => entry.mutationId)).toEqual(
      Array.from({ length: 30 }, (_, index) => index + 121),
    );
    expect(await takeBatch(db, {}, { after: 150 })).toEqual([]);
  });

  it('ENG-2: keeps a batch within 256 KB, measured in UTF-8 bytes', async () => {
    const db = openTestDatabase();
    await queueMany(db, 100, 4000); // each entry is a little over 4 KB
    const batch = await takeBatch(db);
    const bytes = new TextEncoder().encode(JSON.stringify(batch)).length;

    expect(batch.length).toBeGreaterThan(50);
    expect(batch.length).toBeLessThan(64);
    expect(bytes).toBeLessThanOrEqual(DEFAULT_BATCH_LIMITS.maxBytes);
  });

  it('ENG-2: sends an entry larger than the byte limit on its own rather than never', async () => {
    const db = openTestDatabase();
    await queueMany(db, 3, 4000);
    expect(await takeBatch(db, { maxBytes: 2000 })).toHaveLength(1);
  });

  it('summarizes how many wait and when the oldest was queued', async () => {
    const db = openTestDatabase();
    expect(await summarizeOutbox(db)).toEqual({ pendingCount: 0, oldestPendingAt: null });
    await queueMany(db, 3);
    expect(await summarizeOutbox(db)).toEqual({
      pendingCount: 3,
      oldestPendingAt: '2025-01-31T09:00:00.000Z',
    });
  });

  it('queues and parses an idea edit with value, stamp and base stamp', async () => {
    const db = openTestDatabase();
    const ideaId = createUuidV7(Date.UTC(2025, 0, 31), new Uint8Array(10).fill(5));
    const stamp = formatHybridTimestamp({ wallTime: Date.UTC(2025, 0, 31), counter: 0, nodeId: deviceId });
    const changes = { title: { value: 'Quieter nights', stamp, baseStamp: stamp } };
    const mutationId = await queueIdeaChange(db, ideaId, changes, new Date(Date.UTC(2025, 0, 31)));

    expect(await takeBatch(db)).toEqual([
      {
        mutationId,
        recordType: 'idea',
        recordId: ideaId,
        operation: 'change-idea',
        changes,
        queuedAt: '2025-01-31T00:00:00.000Z',
      },
    ]);
  });
});
