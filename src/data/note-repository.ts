/**
 * Notes on this device: saving a note together with its outbox entry, and reading notes back
 * newest first, parsed through the domain schema. The UI reaches notes only through this module,
 * so Dexie (and its `liveQuery`) stays inside `src/data`.
 */
import { liveQuery } from 'dexie';
import { createNote, noteSchema, type Note, type NoteDraft } from '../domain/notes/note';
import { createUuidV7, UUID_V7_RANDOM_BYTE_COUNT } from '../domain/shared/ids';
import type { Result } from '../domain/shared/result';
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
};

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

  return { save, listNewestFirst, watchNewestFirst };
};
