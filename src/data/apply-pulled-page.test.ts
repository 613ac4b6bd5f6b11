import { describe, expect, it, vi } from 'vitest';
import { createNote, type Note } from '../domain/notes/note';
import { createNoteDeletion } from '../domain/notes/note-deletion';
import { formatHybridTimestamp } from '../domain/shared/hybrid-logical-clock';
import { createUuidV7 } from '../domain/shared/ids';
import { applyPulledPage } from './apply-pulled-page';
import { readIdeaBase } from './idea-copies';
import { createIdeaRepository } from './idea-repository';
import { listPublishedIdeas } from './published-ideas';
import { readHybridClock, readSyncState, saveEnrolment } from './sync-state-repository';
import { createTestEnvironment, openTestDatabase, testEnrolment } from './testing/test-database';

const otherDevice = testEnrolment(2).deviceId;
const now = new Date(Date.UTC(2025, 0, 31, 10, 0));

const noteFrom = (index: number): Note => {
  const created = createNote(
    { text: `Pulled note ${index}` },
    {
      id: createUuidV7(now.getTime() + index, new Uint8Array(10).fill(index)),
      wardId: 'ward-7b',
      deviceId: otherDevice,
      now,
    },
  );
  if (!created.isOk) throw new Error(created.error);
  return created.value;
};

const setUp = async () => {
  const db = openTestDatabase('apply-pulled-page');
  const enrolment = testEnrolment(1);
  await saveEnrolment(db, enrolment, 'epoch-1');
  return { db, enrolment };
};

describe('applyPulledPage', () => {
  it('NOTE-3: stores pulled tombstones in noteDeletions, even one whose note this device has not pulled', async () => {
    const { db } = await setUp();
    const note = noteFrom(1);
    const deletionOf = (noteId: string, index: number) => {
      const made = createNoteDeletion(
        { noteId, reason: 'Duplicate' },
        {
          id: createUuidV7(now.getTime() + 100 + index, new Uint8Array(10).fill(index)),
          wardId: 'ward-7b',
          deviceId: otherDevice,
          now,
        },
      );
      if (!made.isOk) throw new Error(made.error);
      return made.value;
    };
    const known = deletionOf(note.id, 1);
    const unknown = deletionOf(noteFrom(9).id, 2);

    const outcome = await applyPulledPage(
      db,
      {
        changes: [
          { seq: 1, recordType: 'noteDeletion', record: unknown },
          { seq: 2, recordType: 'note', record: note },
          { seq: 3, recordType: 'noteDeletion', record: known },
        ],
        nextCursor: 3,
      },
      now,
    );

    expect(outcome).toEqual({ appliedCount: 3, skippedCount: 0 });
    expect(await db.noteDeletions.orderBy('id').toArray()).toEqual(
      [known, unknown].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(await db.notes.toArray()).toEqual([note]);
  });

  it('PULL-3: stores the records and the new cursor, skipping and counting records that do not parse', async () => {
    const { db } = await setUp();
    const errorLog = vi.spyOn(console, 'error');
    const notes = [noteFrom(1), noteFrom(2)];
    const changes = [
      { seq: 1, recordType: 'note', record: notes[0] },
      { seq: 2, recordType: 'note', record: { ...notes[1], kind: 'gossip' } },
      { seq: 3, recordType: 'spaceship', record: {} },
      { seq: 4, recordType: 'note', record: notes[1] },
    ];

    expect(await applyPulledPage(db, { changes, nextCursor: 4 }, now)).toEqual({
      appliedCount: 2,
      skippedCount: 2,
    });
    expect(await db.notes.toArray()).toEqual(notes);
    expect((await readSyncState(db)).cursor).toBe(4);
    expect(errorLog).not.toHaveBeenCalled();
  });

  it('writes a pulled note only when this device does not hold it exactly (PULL-2, CLOCK-2)', async () => {
    const { db } = await setUp();
    const held = [noteFrom(1), noteFrom(2), noteFrom(3)];
    await db.notes.bulkPut(held);
    let writes = 0;
    db.notes.hook('creating', () => {
      writes += 1;
    });
    db.notes.hook('updating', () => {
      writes += 1;
    });
    // The server clamped note 2's createdAt; note 4 is new; notes 1 and 3 come back as they are held.
    const clamped = { ...held[1], createdAt: '2025-01-31T09:59:00.000Z' };
    const changes = [held[0], clamped, held[2], noteFrom(4)].map((record, index) => ({
      seq: index + 1,
      recordType: 'note',
      record: JSON.parse(JSON.stringify(record)) as unknown,
    }));

    expect(await applyPulledPage(db, { changes, nextCursor: 4 }, now)).toEqual({
      appliedCount: 4,
      skippedCount: 0,
    });
    expect(writes).toBe(2);
    expect(await db.notes.toArray()).toEqual([held[0], clamped, held[2], noteFrom(4)]);
    expect(await db.notes.where('searchWords').startsWith('pulled').count()).toBe(4);
  });

  it('PULL-3: a page that fails half way changes neither records nor cursor', async () => {
    const { db } = await setUp();
    await applyPulledPage(
      db,
      { changes: [{ seq: 1, recordType: 'note', record: noteFrom(1) }], nextCursor: 1 },
      now,
    );
    let puts = 0;
    db.notes.hook('creating', () => {
      puts += 1;
      if (puts === 3) throw new Error('Simulated storage failure');
    });
    const changes = [2, 3, 4, 5].map((index) => ({
      seq: index,
      recordType: 'note',
      record: noteFrom(index),
    }));

    await expect(applyPulledPage(db, { changes, nextCursor: 5 }, now)).rejects.toThrow();

    expect((await db.notes.toArray()).map((note) => note.text)).toEqual(['Pulled note 1']);
    expect((await readSyncState(db)).cursor).toBe(1);
  });

  it("shows a pulled idea with this device's pending edits over it, and keeps the server copy as the base", async () => {
    const { db, enrolment } = await setUp();
    const environment = createTestEnvironment(now.getTime());
    const repository = createIdeaRepository(db, environment);
    const created = await repository.create({ title: 'Quieter nights' });
    if (!created.isOk) throw new Error(created.error);
    environment.advance(1000);
    await repository.changeFields(created.value.id, { status: 'trying' });

    // The server's copy: someone else changed the title (a higher stamp), not the status.
    const remoteStamp = formatHybridTimestamp({
      wallTime: now.getTime() + 500,
      counter: 0,
      nodeId: otherDevice,
    });
    const serverCopy = {
      ...created.value,
      title: 'Quiet nights',
      fieldStamps: { ...created.value.fieldStamps, title: remoteStamp },
    };
    await applyPulledPage(
      db,
      { changes: [{ seq: 7, recordType: 'idea', record: serverCopy }], nextCursor: 7 },
      now,
    );

    expect(await readIdeaBase(db, created.value.id)).toEqual(serverCopy);
    expect(await repository.get(created.value.id)).toMatchObject({ title: 'Quiet nights', status: 'trying' });
    expect((await readHybridClock(db, enrolment.deviceId)).wallTime).toBeGreaterThanOrEqual(
      now.getTime() + 1000,
    );
  });

  it('IDEA-1: moves the hybrid clock past pulled stamps, so the next edit here is stamped above them', async () => {
    const { db, enrolment } = await setUp();
    const environment = createTestEnvironment(now.getTime());
    const repository = createIdeaRepository(db, environment);
    const created = await repository.create({ title: 'A' });
    if (!created.isOk) throw new Error(created.error);
    const aheadStamp = formatHybridTimestamp({
      wallTime: now.getTime() + 3_600_000,
      counter: 4,
      nodeId: otherDevice,
    });
    const serverCopy = {
      ...created.value,
      title: 'B',
      fieldStamps: { ...created.value.fieldStamps, title: aheadStamp },
    };
    await applyPulledPage(
      db,
      { changes: [{ seq: 1, recordType: 'idea', record: serverCopy }], nextCursor: 1 },
      now,
    );

    const edited = await repository.changeFields(created.value.id, { title: 'C' });
    if (!edited.isOk) throw new Error(edited.error);
    expect(edited.value.fieldStamps.title > aheadStamp).toBe(true);
    expect(edited.value.conflicts).toEqual([]);
    expect((await readHybridClock(db, enrolment.deviceId)).nodeId).toBe(enrolment.deviceId);
  });

  it('DEV-3: keeps published ideas for the kiosk and takes down one no longer published', async () => {
    const { db } = await setUp();
    const id = createUuidV7(now.getTime(), new Uint8Array(10).fill(9));
    const shown = {
      id,
      wardId: 'ward-7b',
      isPublished: true,
      title: 'Quieter nights',
      youSaidWeDid: 'We dimmed the lights.',
    };
    await applyPulledPage(
      db,
      { changes: [{ seq: 1, recordType: 'publishedIdea', record: shown }], nextCursor: 1 },
      now,
    );
    expect(await listPublishedIdeas(db)).toEqual([shown]);

    const takenDown = { ...shown, isPublished: false, title: null, youSaidWeDid: null };
    await applyPulledPage(
      db,
      { changes: [{ seq: 2, recordType: 'publishedIdea', record: takenDown }], nextCursor: 2 },
      now,
    );
    expect(await listPublishedIdeas(db)).toEqual([]);
  });
});
