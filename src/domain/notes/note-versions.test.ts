import { describe, expect, it } from 'vitest';
import { createUuidV7 } from '../shared/ids';
import { createNote, type Note } from './note';
import { createNoteDeletion, type NoteDeletion } from './note-deletion';
import {
  buildNoteHistory,
  canEditNoteVersion,
  NOTE_EDIT_WINDOW_MS,
  noteEditDeadline,
  retiredNoteIdsOf,
} from './note-versions';

const deviceId = createUuidV7(Date.UTC(2025, 0, 1), new Uint8Array(10).fill(2));
const start = Date.UTC(2025, 0, 31, 9, 0);

/** A note made `minutes` after 09:00, with an id from the same time (as a device makes them). */
const noteAt = (minutes: number, supersedes?: string, seed = 1): Note => {
  const now = new Date(start + minutes * 60_000);
  const made = createNote(
    { text: `Version at ${minutes}` },
    {
      id: createUuidV7(now.getTime(), new Uint8Array(10).fill(seed)),
      wardId: 'ward-7b',
      deviceId,
      now,
      supersedes,
    },
  );
  if (!made.isOk) throw new Error(made.error);
  return made.value;
};

const deletionAt = (minutes: number, noteId: string, reason = 'Wrong patient'): NoteDeletion => {
  const now = new Date(start + minutes * 60_000);
  const made = createNoteDeletion(
    { noteId, reason },
    { id: createUuidV7(now.getTime(), new Uint8Array(10).fill(9)), wardId: 'ward-7b', deviceId, now },
  );
  if (!made.isOk) throw new Error(made.error);
  return made.value;
};

describe('buildNoteHistory', () => {
  it('NOTE-1: a note never corrected is its own history and current', () => {
    const note = noteAt(0);

    expect(buildNoteHistory(note.id, [note, noteAt(1)], [])).toEqual({
      versions: [note],
      currentId: note.id,
      deletions: [],
      isDeleted: false,
    });
  });

  it('NOTE-1: lists every version newest first, from any version, and the newest correction is current', () => {
    const first = noteAt(0);
    const second = noteAt(5, first.id);
    const third = noteAt(9, second.id);
    const unrelated = noteAt(7);

    for (const id of [first.id, second.id, third.id]) {
      const history = buildNoteHistory(id, [unrelated, second, first, third], []);
      expect(history.versions.map((note) => note.id)).toEqual([third.id, second.id, first.id]);
      expect(history.currentId).toBe(third.id);
    }
  });

  it('NOTE-4: two tablets correcting one version offline: both corrections are kept, the later one is current', () => {
    const first = noteAt(0);
    const fromTabletA = noteAt(5, first.id, 3);
    const fromTabletB = noteAt(6, first.id, 4);

    const history = buildNoteHistory(first.id, [fromTabletB, first, fromTabletA], []);

    expect(history.versions.map((note) => note.id)).toEqual([fromTabletB.id, fromTabletA.id, first.id]);
    expect(history.currentId).toBe(fromTabletB.id);
  });

  it('NOTE-2: a tombstone of any version deletes the note, newest tombstone first', () => {
    const first = noteAt(0);
    const second = noteAt(5, first.id);
    const early = deletionAt(10, first.id, 'Duplicate');
    const late = deletionAt(20, second.id);

    const history = buildNoteHistory(second.id, [first, second], [early, late, deletionAt(30, noteAt(1).id)]);

    expect(history.isDeleted).toBe(true);
    expect(history.deletions).toEqual([late, early]);
    expect(history.currentId).toBe(second.id);
  });

  it('NOTE-3: a correction whose first version is not held still has a history', () => {
    const missing = noteAt(0);
    const correction = noteAt(5, missing.id);

    const history = buildNoteHistory(correction.id, [correction], []);

    expect(history.versions).toEqual([correction]);
    expect(history.currentId).toBe(correction.id);
  });
});

describe('retiredNoteIdsOf', () => {
  it('retires superseded versions, fork losers and every version of a deleted note', () => {
    const first = noteAt(0);
    const forkA = noteAt(5, first.id, 3);
    const forkB = noteAt(6, first.id, 4);
    const other = noteAt(1);
    const otherCorrection = noteAt(2, other.id);
    const alone = noteAt(3);

    const retired = retiredNoteIdsOf([first, forkA, forkB, other, otherCorrection, alone], [other.id]);

    expect(retired).toEqual(new Set([first.id, forkA.id, other.id, otherCorrection.id]));
  });

  it('retires a deleted note that is not held, and nothing when there is nothing to retire', () => {
    expect(retiredNoteIdsOf([], ['x'])).toEqual(new Set(['x']));
    expect(retiredNoteIdsOf([noteAt(0)], [])).toEqual(new Set());
  });
});

describe('canEditNoteVersion', () => {
  const first = noteAt(0);
  const second = noteAt(60, first.id);
  const history = buildNoteHistory(first.id, [first, second], []);
  const at = (ms: number) => new Date(start + ms);

  it('allows editing the current version until 24 hours after the note was first captured', () => {
    expect(canEditNoteVersion(history, second.id, at(NOTE_EDIT_WINDOW_MS - 1))).toBe(true);
    expect(canEditNoteVersion(history, second.id, at(NOTE_EDIT_WINDOW_MS))).toBe(false);
  });

  it('never allows editing a superseded version or a deleted note', () => {
    expect(canEditNoteVersion(history, first.id, at(60_000 * 61))).toBe(false);
    const deleted = buildNoteHistory(first.id, [first, second], [deletionAt(70, second.id)]);
    expect(canEditNoteVersion(deleted, second.id, at(60_000 * 71))).toBe(false);
  });

  it('treats a note from a tablet whose clock runs ahead as just made', () => {
    expect(canEditNoteVersion(history, second.id, at(-60_000))).toBe(true);
  });
});

describe('noteEditDeadline', () => {
  const first = noteAt(0);
  const second = noteAt(60, first.id);
  const history = buildNoteHistory(first.id, [first, second], []);

  it('NOTE-1: is 24 hours after the first version, for the current version only', () => {
    expect(noteEditDeadline(history, second.id)).toBe(Date.parse(first.createdAt) + NOTE_EDIT_WINDOW_MS);
    expect(noteEditDeadline(history, first.id)).toBeNull();
  });

  it('is null for a deleted note', () => {
    const deleted = buildNoteHistory(first.id, [first, second], [deletionAt(70, second.id)]);
    expect(noteEditDeadline(deleted, second.id)).toBeNull();
  });
});
