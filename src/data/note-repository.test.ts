import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteSchema, type Note } from '../domain/notes/note';
import { isUuidV7 } from '../domain/shared/ids';
import { openWardsideDatabase, type WardsideDatabase } from './db';
import { UNENROLLED_WARD_ID } from './device-repository';
import { createNoteRepository, type NoteRepositoryOptions } from './note-repository';
import { countOutbox, listOutbox } from './outbox';

let databaseCount = 0;
const openDatabases: WardsideDatabase[] = [];

/** A database of the test's own, deleted afterwards. */
const openTestDatabase = (name = `note-repository-test-${++databaseCount}`): WardsideDatabase => {
  const db = openWardsideDatabase(name);
  openDatabases.push(db);
  return db;
};

afterEach(async () => {
  await Promise.all(openDatabases.splice(0).map((db) => db.delete()));
});

/** A fake clock that moves one second per reading, and counting (not random) random bytes. */
const createEnvironment = (startMs = Date.UTC(2025, 0, 31, 9, 0)): NoteRepositoryOptions => {
  let time = startMs;
  let seed = 0;
  return {
    now: () => new Date((time += 1000)),
    randomBytes: (length) => Uint8Array.from({ length }, () => ++seed % 256),
  };
};

const saveOrFail = async (
  repository: ReturnType<typeof createNoteRepository>,
  text: string,
): Promise<Note> => {
  const result = await repository.save({ text });
  if (!result.isOk) throw new Error(result.error);
  return result.value;
};

describe('createNoteRepository', () => {
  it('saves a note with a UUIDv7, the device id and the unenrolled ward, and queues it in the outbox', async () => {
    const db = openTestDatabase();
    const repository = createNoteRepository(db, createEnvironment());

    const note = await saveOrFail(repository, '  Patient in bed 2 loved the new menu.  ');

    expect(note.text).toBe('Patient in bed 2 loved the new menu.');
    expect(note.kind).toBe('staff-observation');
    expect(isUuidV7(note.id)).toBe(true);
    expect(isUuidV7(note.deviceId)).toBe(true);
    expect(note.wardId).toBe(UNENROLLED_WARD_ID);
    expect(await listOutbox(db, 10)).toEqual([
      {
        mutationId: 1,
        recordType: 'note',
        recordId: note.id,
        operation: 'create',
        payload: note,
        queuedAt: note.createdAt,
      },
    ]);
  });

  it('stores everything the capture form gives, identifier reasons included, and reads it back parsed', async () => {
    const db = openTestDatabase();
    const repository = createNoteRepository(db, createEnvironment());

    const result = await repository.save({
      text: 'Card thanks Nurse Amy for the tea',
      kind: 'compliment',
      sentiment: 'positive',
      themes: ['staff-manner-personal-attributes', 'food-drink-provision-facilities'],
      isUrgent: false,
      hasConsentToShare: true,
      area: 'bay',
      capturedByRole: 'HCA',
      identifierReasons: [{ kind: 'name', reason: 'Staff name in a thank-you' }],
    });
    if (!result.isOk) throw new Error(result.error);

    const [stored] = await repository.listNewestFirst(1);
    expect(stored).toEqual(result.value);
    expect(stored).toMatchObject({
      kind: 'compliment',
      themes: ['staff-manner-personal-attributes', 'food-drink-provision-facilities'],
      capturedByRole: 'HCA',
      identifierReasons: [{ kind: 'name', reason: 'Staff name in a thank-you' }],
    });
    expect(await listOutbox(db, 1)).toMatchObject([{ recordType: 'note', payload: result.value }]);
  });

  it('lists notes newest first, up to the limit', async () => {
    const repository = createNoteRepository(openTestDatabase(), createEnvironment());
    for (const text of ['first', 'second', 'third']) await saveOrFail(repository, text);

    expect((await repository.listNewestFirst(10)).map((note) => note.text)).toEqual([
      'third',
      'second',
      'first',
    ]);
    expect((await repository.listNewestFirst(2)).map((note) => note.text)).toEqual(['third', 'second']);
    expect(await repository.listNewestFirst(0)).toEqual([]);
  });

  it('keeps the note and its outbox entry when the database is closed and opened again', async () => {
    const name = `note-repository-reload-${++databaseCount}`;
    const db = openTestDatabase(name);
    const note = await saveOrFail(createNoteRepository(db, createEnvironment()), 'Still here after a reload');
    db.close();

    const reopened = openTestDatabase(name);
    expect(await createNoteRepository(reopened, createEnvironment()).listNewestFirst(10)).toEqual([note]);
    expect((await listOutbox(reopened, 10)).map((entry) => entry.recordId)).toEqual([note.id]);
  });

  it('writes neither the note nor its outbox entry when the outbox write fails in the same transaction', async () => {
    const db = openTestDatabase();
    const repository = createNoteRepository(db, createEnvironment());
    // Fails the outbox write after the note was put, inside the save transaction (as a full disk would).
    db.outbox.hook('creating', () => {
      throw new Error('Simulated storage failure');
    });

    await expect(repository.save({ text: 'Lost to a failing disk' })).rejects.toThrow(
      'Simulated storage failure',
    );

    expect(await db.notes.count()).toBe(0);
    expect(await countOutbox(db)).toBe(0);
  });

  it('writes neither when the transaction is aborted between the note and its outbox entry', async () => {
    const db = openTestDatabase();
    const repository = createNoteRepository(db, createEnvironment());
    let wasNotePut = false;
    db.notes.hook('creating', () => {
      wasNotePut = true;
    });
    db.outbox.hook('creating', () => {
      expect(wasNotePut).toBe(true);
      Dexie.currentTransaction.abort();
    });

    await expect(repository.save({ text: 'Aborted half way' })).rejects.toThrow();

    expect(await db.notes.count()).toBe(0);
    expect(await countOutbox(db)).toBe(0);
  });

  it('refuses an empty or too long draft with a message and writes nothing', async () => {
    const db = openTestDatabase();
    const repository = createNoteRepository(db, createEnvironment());

    expect(await repository.save({ text: '   ' })).toEqual({
      isOk: false,
      error: 'The note is empty. Write what was said or seen, then save.',
    });
    const tooLong = await repository.save({ text: 'x'.repeat(4001) });
    expect(tooLong.isOk).toBe(false);
    expect(await db.notes.count()).toBe(0);
    expect(await countOutbox(db)).toBe(0);
  });

  it('skips a stored note that does not parse, reports only its id, and still fills the page', async () => {
    const db = openTestDatabase();
    const onCorruptRecord = vi.fn();
    const errorLog = vi.spyOn(console, 'error');
    const repository = createNoteRepository(db, { ...createEnvironment(), onCorruptRecord });
    const older = await saveOrFail(repository, 'older');
    const newer = await saveOrFail(repository, 'newer');
    const corrupt = { ...newer, id: 'corrupt-row', kind: 'gossip', createdAt: '2025-01-31T10:00:00.000Z' };
    await db.notes.add(corrupt);

    expect(await repository.listNewestFirst(2)).toEqual([newer, older]);
    expect(onCorruptRecord).toHaveBeenCalledWith('corrupt-row');
    expect(errorLog).not.toHaveBeenCalled();
  });

  it('returns notes parsed by the domain schema, not rows as stored', async () => {
    const db = openTestDatabase();
    const repository = createNoteRepository(db, createEnvironment());
    const note = await saveOrFail(repository, 'parsed');
    // A note written with untrimmed text (say by an older version) comes back as the schema says.
    await db.notes.put({ ...note, text: '  parsed  ' });

    const [listed] = await repository.listNewestFirst(1);
    expect(listed).toEqual(noteSchema.parse({ ...note, text: 'parsed' }));
  });

  it('tells a watcher the current notes and each change, until it unsubscribes', async () => {
    const repository = createNoteRepository(openTestDatabase(), createEnvironment());
    const seen: string[][] = [];
    const onChange = vi.fn((notes: Note[]) => seen.push(notes.map((note) => note.text)));

    const unsubscribe = repository.watchNewestFirst(5, onChange);
    await vi.waitFor(() => expect(seen).toEqual([[]]));
    await saveOrFail(repository, 'first');
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['first']));
    await saveOrFail(repository, 'second');
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['second', 'first']));

    unsubscribe();
    const callsBefore = onChange.mock.calls.length;
    await saveOrFail(repository, 'third');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onChange.mock.calls.length).toBe(callsBefore);
  });
});
