import { describe, expect, it } from 'vitest';
import { parseRecord } from '../records';
import { createUuidV7 } from '../shared/ids';
import { createNoteDeletion, MAX_NOTE_DELETION_REASON_LENGTH, noteDeletionSchema } from './note-deletion';

const context = {
  id: createUuidV7(Date.UTC(2025, 0, 31, 10), new Uint8Array(10).fill(4)),
  wardId: 'ward-7b',
  deviceId: createUuidV7(Date.UTC(2025, 0, 1), new Uint8Array(10).fill(2)),
  now: new Date(Date.UTC(2025, 0, 31, 10, 5)),
};
const noteId = createUuidV7(Date.UTC(2025, 0, 31, 9), new Uint8Array(10).fill(1));

describe('createNoteDeletion', () => {
  it('makes a tombstone with the base fields, the note id and the trimmed reason', () => {
    const made = createNoteDeletion({ noteId, reason: '  Entered on the wrong ward  ' }, context);

    expect(made).toEqual({
      isOk: true,
      value: {
        id: context.id,
        wardId: 'ward-7b',
        deviceId: context.deviceId,
        createdAt: '2025-01-31T10:05:00.000Z',
        schemaVersion: 1,
        noteId,
        reason: 'Entered on the wrong ward',
      },
    });
    if (made.isOk) expect(parseRecord('noteDeletion', made.value)).toEqual(made);
  });

  it('asks for a reason when it is blank', () => {
    expect(createNoteDeletion({ noteId, reason: ' \n ' }, context)).toEqual({
      isOk: false,
      error: 'Enter why you are deleting this note',
    });
  });

  it('refuses a reason over 200 characters, without repeating it', () => {
    const made = createNoteDeletion(
      { noteId, reason: 'x'.repeat(MAX_NOTE_DELETION_REASON_LENGTH + 1) },
      context,
    );

    expect(made).toEqual({ isOk: false, error: 'Reason must be 200 characters or fewer' });
    expect(
      createNoteDeletion({ noteId, reason: 'x'.repeat(MAX_NOTE_DELETION_REASON_LENGTH) }, context).isOk,
    ).toBe(true);
  });

  it('refuses a note id that is not a UUIDv7', () => {
    const made = createNoteDeletion({ noteId: 'note-1', reason: 'Duplicate' }, context);

    expect(made.isOk).toBe(false);
  });
});

describe('noteDeletionSchema', () => {
  it('refuses unknown fields and an untrimmed or empty reason', () => {
    const valid = {
      id: context.id,
      wardId: 'ward-7b',
      deviceId: context.deviceId,
      createdAt: '2025-01-31T10:05:00.000Z',
      schemaVersion: 1,
      noteId,
      reason: 'Duplicate',
    };
    expect(noteDeletionSchema.safeParse(valid).success).toBe(true);
    expect(noteDeletionSchema.safeParse({ ...valid, text: 'the note' }).success).toBe(false);
    expect(noteDeletionSchema.safeParse({ ...valid, reason: '   ' }).success).toBe(false);
  });
});
