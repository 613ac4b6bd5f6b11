import { describe, expect, it } from 'vitest';
import { createNote } from '../domain/notes/note';
import { createUuidV7 } from '../domain/shared/ids';
import { applyPulledPage } from './apply-pulled-page';
import { createIdeaRepository } from './idea-repository';
import { createNoteRepository } from './note-repository';
import { listOutbox } from './outbox';
import { removeAnswered } from './remove-answered';
import { requeueEverything } from './requeue-everything';
import { readSyncState, saveEnrolment } from './sync-state-repository';
import { createTestEnvironment, openTestDatabase, testEnrolment } from './testing/test-database';

describe('requeueEverything', () => {
  it('EPOCH-1: queues every record held, own and pulled, then pending idea edits, under new ids; cursor 0, new epoch', async () => {
    const db = openTestDatabase('requeue');
    await saveEnrolment(db, testEnrolment(1), 'epoch-1');
    const environment = createTestEnvironment();
    const notes = createNoteRepository(db, environment);
    const ideas = createIdeaRepository(db, environment);
    const own = await notes.save({ text: 'Own note' });
    const idea = await ideas.create({ title: 'Quieter nights' });
    if (!own.isOk || !idea.isOk) throw new Error('save failed');
    await ideas.changeFields(idea.value.id, { status: 'trying' });
    await removeAnswered(db, [
      { mutationId: 1, isRejected: false },
      { mutationId: 2, isRejected: false },
      { mutationId: 3, isRejected: false },
    ]);
    await ideas.changeFields(idea.value.id, { status: 'adopted' });
    const now = environment.now();
    const pulled = createNote(
      { text: 'Pulled note' },
      {
        id: createUuidV7(now.getTime(), new Uint8Array(10).fill(7)),
        wardId: 'ward-7b',
        deviceId: testEnrolment(2).deviceId,
        now,
      },
    );
    if (!pulled.isOk) throw new Error(pulled.error);
    await applyPulledPage(
      db,
      { changes: [{ seq: 40, recordType: 'note', record: pulled.value }], nextCursor: 40 },
      now,
    );

    const outcome = await requeueEverything(db, { epoch: 'epoch-2', now });

    const entries = await listOutbox(db, 10);
    expect(outcome).toEqual({ queuedCount: 4, skippedCount: 0 });
    expect(entries.map((entry) => [entry.operation, entry.recordId])).toEqual([
      ['create', own.value.id],
      ['create', pulled.value.id],
      ['create', idea.value.id],
      ['change-idea', idea.value.id],
    ]);
    expect(entries.every((entry) => entry.mutationId > 4)).toBe(true);
    // The idea goes as its base (with the accepted edit), the pending edit after it.
    const ideaEntry = entries[2];
    expect(ideaEntry?.operation === 'create' && ideaEntry.payload).toMatchObject({ status: 'trying' });
    expect(await readSyncState(db)).toMatchObject({ epoch: 'epoch-2', cursor: 0 });
  });

  it('EPOCH-1, NOTE-2: queues corrections and tombstones again, a note before its tombstone', async () => {
    const db = openTestDatabase('requeue');
    await saveEnrolment(db, testEnrolment(1), 'epoch-1');
    const environment = createTestEnvironment();
    const notes = createNoteRepository(db, environment);
    const first = await notes.save({ text: 'First words' });
    if (!first.isOk) throw new Error(first.error);
    environment.advance(1000);
    const correction = await notes.saveCorrection(first.value.id, { text: 'Corrected words' });
    if (!correction.isOk) throw new Error(correction.error);
    const deletion = await notes.delete(correction.value.id, 'Wrong patient');
    if (!deletion.isOk) throw new Error(deletion.error);

    await requeueEverything(db, { epoch: 'epoch-2', now: environment.now() });

    expect((await listOutbox(db, 10)).map((entry) => [entry.recordType, entry.recordId])).toEqual([
      ['note', first.value.id],
      ['note', correction.value.id],
      ['noteDeletion', deletion.value.id],
    ]);
  });
});
