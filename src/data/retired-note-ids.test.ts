import { describe, expect, it } from 'vitest';
import { createNote, type Note } from '../domain/notes/note';
import { createUuidV7 } from '../domain/shared/ids';
import { readRetiredNoteIds } from './retired-note-ids';
import { openTestDatabase, testEnrolment } from './testing/test-database';

const deviceId = testEnrolment(1).deviceId;
let idCount = 0;
const nextId = (): string =>
  createUuidV7(Date.UTC(2025, 0, 31, 9, 0) + idCount, new Uint8Array(10).fill(++idCount));

const makeNote = (supersedes: string | null = null): Note => {
  const created = createNote(
    { text: 'A note' },
    { id: nextId(), wardId: 'ward-7b', deviceId, now: new Date(Date.UTC(2025, 0, 31, 9, idCount)) },
  );
  if (!created.isOk) throw new Error(created.error);
  return { ...created.value, supersedes };
};

describe('readRetiredNoteIds', () => {
  it('is empty when no note was corrected or deleted', async () => {
    const db = openTestDatabase('retired');
    await db.notes.bulkAdd([makeNote(), makeNote()]);

    expect(await readRetiredNoteIds(db)).toEqual(new Set());
  });

  it('lists each note superseded by another note', async () => {
    const db = openTestDatabase('retired');
    const first = makeNote();
    const correction = makeNote(first.id);
    const correctionOfCorrection = makeNote(correction.id);
    await db.notes.bulkAdd([first, correction, correctionOfCorrection, makeNote()]);

    expect(await readRetiredNoteIds(db)).toEqual(new Set([first.id, correction.id]));
  });

  it('NOTE-4: of two corrections of one version (a fork), lists the one that lost', async () => {
    const db = openTestDatabase('retired');
    const first = makeNote();
    const earlier = makeNote(first.id);
    const later = makeNote(first.id);
    await db.notes.bulkAdd([first, later, earlier]);

    expect(await readRetiredNoteIds(db)).toEqual(new Set([first.id, earlier.id]));
  });

  it('lists each deleted note, including a target this device does not hold', async () => {
    const db = openTestDatabase('retired');
    const kept = makeNote();
    const deleted = makeNote();
    const unknownId = nextId();
    await db.notes.bulkAdd([kept, deleted]);
    await db.noteDeletions.bulkAdd([
      { id: nextId(), noteId: deleted.id, createdAt: '2025-01-31T10:00:00.000Z' },
      { id: nextId(), noteId: unknownId, createdAt: '2025-01-31T10:01:00.000Z' },
    ]);

    expect(await readRetiredNoteIds(db)).toEqual(new Set([deleted.id, unknownId]));
  });

  it('NOTE-2: lists every version of a deleted note, whichever version the tombstone names', async () => {
    const db = openTestDatabase('retired');
    const first = makeNote();
    const correction = makeNote(first.id);
    await db.notes.bulkAdd([first, correction]);
    await db.noteDeletions.add({
      id: nextId(),
      noteId: correction.id,
      createdAt: '2025-01-31T10:00:00.000Z',
    });

    expect(await readRetiredNoteIds(db)).toEqual(new Set([first.id, correction.id]));
  });
});
