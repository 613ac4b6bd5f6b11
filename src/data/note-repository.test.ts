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

describe('corrections without loss', () => {
  const setUp = () => {
    const db = openTestDatabase();
    let time = Date.UTC(2025, 0, 31, 9, 0);
    let seed = 0;
    const environment = {
      now: () => new Date(time),
      randomBytes: (length: number) => Uint8Array.from({ length }, () => ++seed % 256),
    };
    const advance = (ms: number) => {
      time += ms;
    };
    return { db, repository: createNoteRepository(db, environment), advance };
  };
  const okOrFail = <Value>(result: { isOk: true; value: Value } | { isOk: false; error: string }): Value => {
    if (!result.isOk) throw new Error(result.error);
    return result.value;
  };

  it('NOTE-1: an edit is a new note that supersedes the version edited, queued with it; the old note is unchanged', async () => {
    const { db, repository, advance } = setUp();
    const first = await saveOrFail(repository, 'Patient liked the soup');
    advance(60_000);

    const correction = okOrFail(
      await repository.saveCorrection(first.id, {
        text: 'Patient liked the soup and the bread',
        kind: 'compliment',
      }),
    );

    expect(correction).toMatchObject({ supersedes: first.id, kind: 'compliment' });
    expect(correction.id).not.toBe(first.id);
    expect(await db.notes.get(first.id)).toEqual(first);
    expect((await listOutbox(db, 10)).map((entry) => [entry.recordType, entry.recordId])).toEqual([
      ['note', first.id],
      ['note', correction.id],
    ]);
    const history = await repository.readHistory(first.id);
    expect(history.versions).toEqual([correction, first]);
    expect(history.currentId).toBe(correction.id);
  });

  it('NOTE-1: refuses to edit a superseded version, or after 24 hours, writing nothing', async () => {
    const { db, repository, advance } = setUp();
    const first = await saveOrFail(repository, 'Original words');
    advance(1000);
    okOrFail(await repository.saveCorrection(first.id, { text: 'Corrected words' }));

    const again = await repository.saveCorrection(first.id, { text: 'From a stale screen' });
    expect(again).toEqual({
      isOk: false,
      error:
        'This note can no longer be edited. It has been changed or deleted, or it is more than 24 hours old.',
    });

    const late = await saveOrFail(repository, 'Noticed too late');
    advance(24 * 60 * 60 * 1000);
    expect((await repository.saveCorrection(late.id, { text: 'Too late' })).isOk).toBe(false);
    expect(await db.notes.count()).toBe(3);
    expect(await countOutbox(db)).toBe(3);
  });

  it('NOTE-2: a delete is a tombstone with the reason, queued with it, allowed at any time; the note stays', async () => {
    const { db, repository, advance } = setUp();
    const note = await saveOrFail(repository, 'Typed twice');
    advance(30 * 24 * 60 * 60 * 1000);

    const deletion = okOrFail(await repository.delete(note.id, '  Duplicate of an earlier note '));

    expect(deletion).toMatchObject({ noteId: note.id, reason: 'Duplicate of an earlier note' });
    expect(await db.notes.get(note.id)).toEqual(note);
    expect(await listOutbox(db, 10)).toMatchObject([
      { recordType: 'note', recordId: note.id },
      { recordType: 'noteDeletion', recordId: deletion.id, payload: deletion },
    ]);
    const history = await repository.readHistory(note.id);
    expect(history).toMatchObject({ isDeleted: true, deletions: [deletion], versions: [note] });
  });

  it('NOTE-2: refuses a blank reason, an unknown note and a second delete, writing nothing', async () => {
    const { db, repository } = setUp();
    const note = await saveOrFail(repository, 'Wrong bay');

    expect(await repository.delete(note.id, '   ')).toEqual({
      isOk: false,
      error: 'Enter why you are deleting this note',
    });
    const unknownId = '01940000-0000-7000-8000-000000000000';
    expect(await repository.delete(unknownId, 'Wrong')).toEqual({
      isOk: false,
      error: 'This note is not on this tablet.',
    });
    okOrFail(await repository.delete(note.id, 'Wrong bay'));
    expect(await repository.delete(note.id, 'Again')).toEqual({
      isOk: false,
      error: 'This note has already been deleted.',
    });
    expect(await db.noteDeletions.count()).toBe(1);
    expect(await countOutbox(db)).toBe(2);
  });

  it('NOTE-4: finds every version of a fork from any version, and watchers hear of each change', async () => {
    const { db, repository, advance } = setUp();
    const first = await saveOrFail(repository, 'First');
    advance(1000);
    const mine = okOrFail(await repository.saveCorrection(first.id, { text: 'Mine' }));
    // Another tablet's correction of the same first version, pulled later.
    const theirs = { ...mine, id: '01940000-0000-7000-8000-00000000abcd', text: 'Theirs' };
    await db.notes.add(theirs);

    const seen: string[][] = [];
    const unsubscribe = repository.watchHistory(theirs.id, (history) =>
      seen.push(history.versions.map((note) => note.text)),
    );
    await vi.waitFor(() => expect(seen).toEqual([['Mine', 'Theirs', 'First']]));
    expect((await repository.readHistory(mine.id)).currentId).toBe(mine.id);
    okOrFail(await repository.delete(mine.id, 'Wrong patient'));
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    unsubscribe();
  });
});
