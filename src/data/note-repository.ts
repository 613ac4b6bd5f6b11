/**
 * Notes on this device: saving a note together with its outbox entry, and reading notes back
 * newest first, parsed through the domain schema. Corrections without loss (SPEC NOTE-1 to NOTE-4):
 * an edit saves a new note that supersedes the version edited, and a delete saves a tombstone; each
 * goes in the outbox in the same transaction, and nothing stored is ever changed or removed. The UI
 * reaches notes only through this module, so Dexie (and its `liveQuery`) stays inside `src/data`.
 */
import { liveQuery } from 'dexie';
import { createNote, noteSchema, type Note, type NoteDraft } from '../domain/notes/note';
import { createNoteDeletion, noteDeletionSchema, type NoteDeletion } from '../domain/notes/note-deletion';
import { buildNoteHistory, canEditNoteVersion, type NoteHistory } from '../domain/notes/note-versions';
import { createUuidV7, UUID_V7_RANDOM_BYTE_COUNT } from '../domain/shared/ids';
import { err, type Result } from '../domain/shared/result';
import type { WardsideDatabase } from './db';
import { getDeviceIdentity, type DeviceEnvironment } from './device-repository';
import { queueCreate } from './outbox';

export type NoteRepositoryOptions = DeviceEnvironment & {
  /**
   * Told the id of a stored note that no longer parses; the note is skipped. Only the id is given:
   * the row may hold patient text, which must never reach a log.
   */
  onCorruptRecord?: (id: string) => void;
};

export type NoteRepository = {
  /**
   * Saves a note from a draft. Resolves to an error in plain words when the draft is refused (nothing
   * is written then); rejects only when IndexedDB itself fails (nothing is written then either).
   */
  save: (draft: NoteDraft) => Promise<Result<Note>>;
  /** Up to `limit` notes, newest `createdAt` first. */
  listNewestFirst: (limit: number) => Promise<Note[]>;
  /**
   * Calls `onChange` with the newest notes now and after every change to them, until the returned
   * function is called. `onError` hears of failed reads (default: the error's name is logged).
   */
  watchNewestFirst: (
    limit: number,
    onChange: (notes: Note[]) => void,
    onError?: (error: unknown) => void,
  ) => () => void;
  /**
   * Saves an edit of version `supersededId` as a new note that supersedes it (NOTE-1), after the same
   * checks as `save`. Refused in plain words, writing nothing, unless that version is the note's current
   * one, the note is not deleted and was first captured less than 24 hours ago (`canEditNoteVersion`).
   */
  saveCorrection: (supersededId: string, draft: NoteDraft) => Promise<Result<Note>>;
  /**
   * Deletes a note, at any time, by saving a tombstone with the reason given (NOTE-2). Refused in plain
   * words, writing nothing, for a blank reason, a note not on this device or one already deleted.
   */
  delete: (noteId: string, reason: string) => Promise<Result<NoteDeletion>>;
  /** Every version of the note `noteId` belongs to, which is current, and its tombstones. */
  readHistory: (noteId: string) => Promise<NoteHistory>;
  /** Calls `onChange` with the note's history now and after every change, until the returned function is called. */
  watchHistory: (
    noteId: string,
    onChange: (history: NoteHistory) => void,
    onError?: (error: unknown) => void,
  ) => () => void;
};

/** Shown when an edit is refused; the reasons are told apart in the UI before it gets this far. */
const CANNOT_EDIT_MESSAGE =
  'This note can no longer be edited. It has been changed or deleted, or it is more than 24 hours old.';

const logReadError = (error: unknown): void => {
  // The name only: a message could in principle quote stored text.
  console.error('Reading notes failed:', error instanceof Error ? error.name : 'unknown error');
};

export const createNoteRepository = (
  db: WardsideDatabase,
  options: NoteRepositoryOptions,
): NoteRepository => {
  const save = async (draft: NoteDraft): Promise<Result<Note>> => {
    const now = options.now();
    const identity = await getDeviceIdentity(db, options);
    const id = createUuidV7(now.getTime(), options.randomBytes(UUID_V7_RANDOM_BYTE_COUNT));
    const created = createNote(draft, { id, ...identity, now });
    if (!created.isOk) return created;
    // One transaction for the note and its outbox entry (SPEC ENG-1): both commit or neither does.
    // `add`, not `put`: a reused id must fail loudly, never overwrite a note.
    await db.transaction('rw', db.notes, db.outbox, async () => {
      await db.notes.add(created.value);
      await queueCreate(db, 'note', created.value, now);
    });
    return created;
  };

  const listNewestFirst = async (limit: number): Promise<Note[]> => {
    const notes: Note[] = [];
    if (limit <= 0) return notes;
    // Iterating (rather than `limit()` then parsing) means a corrupt row does not shorten the page.
    await db.notes
      .orderBy('createdAt')
      .reverse()
      .until(() => notes.length >= limit)
      .each((row, cursor) => {
        const parsed = noteSchema.safeParse(row);
        if (parsed.success) {
          notes.push(parsed.data);
        } else {
          options.onCorruptRecord?.(String(cursor.primaryKey));
        }
      });
    return notes;
  };

  const watchNewestFirst: NoteRepository['watchNewestFirst'] = (limit, onChange, onError = logReadError) => {
    const subscription = liveQuery(() => listNewestFirst(limit)).subscribe({
      next: onChange,
      error: onError,
    });
    return () => subscription.unsubscribe();
  };

  const newId = (now: Date): string =>
    createUuidV7(now.getTime(), options.randomBytes(UUID_V7_RANDOM_BYTE_COUNT));

  const parseNote = (row: unknown, id: string): Note | undefined => {
    const parsed = noteSchema.safeParse(row);
    if (parsed.success) return parsed.data;
    options.onCorruptRecord?.(id);
    return undefined;
  };

  // Walks the chain both ways: up by each version's `supersedes`, down by the `supersedes` index, so
  // forks are found from any version. Targets not on this device are stepped over (NOTE-3).
  const readHistory = (noteId: string): Promise<NoteHistory> =>
    db.transaction('r', db.notes, db.noteDeletions, async () => {
      const notes: Note[] = [];
      const seen = new Set<string>([noteId]);
      const queue = [noteId];
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        const row = await db.notes.get(id);
        const note = row === undefined ? undefined : parseNote(row, id);
        if (note !== undefined) notes.push(note);
        const correctionIds = await db.notes.where('supersedes').equals(id).primaryKeys();
        for (const next of [note?.supersedes ?? null, ...correctionIds]) {
          if (next !== null && !seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      const deletions: NoteDeletion[] = [];
      for (const row of await db.noteDeletions
        .where('noteId')
        .anyOf([...seen])
        .toArray()) {
        const parsed = noteDeletionSchema.safeParse(row);
        if (parsed.success) deletions.push(parsed.data);
        else options.onCorruptRecord?.(String(row.id));
      }
      return buildNoteHistory(noteId, notes, deletions);
    });

  const saveCorrection = async (supersededId: string, draft: NoteDraft): Promise<Result<Note>> => {
    const now = options.now();
    const identity = await getDeviceIdentity(db, options);
    const created = createNote(draft, { id: newId(now), ...identity, now, supersedes: supersededId });
    if (!created.isOk) return created;
    // The check and the write share one transaction, so a correction saved in another tab a moment
    // before is seen; one saved on another tablet may still arrive later, as a fork (NOTE-4).
    return db.transaction('rw', db.notes, db.noteDeletions, db.outbox, async () => {
      if (!canEditNoteVersion(await readHistory(supersededId), supersededId, now))
        return err(CANNOT_EDIT_MESSAGE);
      await db.notes.add(created.value);
      await queueCreate(db, 'note', created.value, now);
      return created;
    });
  };

  const deleteNote = async (noteId: string, reason: string): Promise<Result<NoteDeletion>> => {
    const now = options.now();
    const identity = await getDeviceIdentity(db, options);
    const created = createNoteDeletion({ noteId, reason }, { id: newId(now), ...identity, now });
    if (!created.isOk) return created;
    return db.transaction('rw', db.notes, db.noteDeletions, db.outbox, async () => {
      const history = await readHistory(noteId);
      if (!history.versions.some((note) => note.id === noteId))
        return err('This note is not on this tablet.');
      if (history.isDeleted) return err('This note has already been deleted.');
      await db.noteDeletions.add(created.value);
      await queueCreate(db, 'noteDeletion', created.value, now);
      return created;
    });
  };

  const watchHistory: NoteRepository['watchHistory'] = (noteId, onChange, onError = logReadError) => {
    const subscription = liveQuery(() => readHistory(noteId)).subscribe({ next: onChange, error: onError });
    return () => subscription.unsubscribe();
  };

  return {
    save,
    listNewestFirst,
    watchNewestFirst,
    saveCorrection,
    delete: deleteNote,
    readHistory,
    watchHistory,
  };
};
