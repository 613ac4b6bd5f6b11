import { describe, expect, it, vi } from 'vitest';
import { createNote, type Note, type NoteDraft } from '../domain/notes/note';
import { EMPTY_NOTE_QUERY, type NoteQuery } from '../domain/notes/note-query';
import { createUuidV7 } from '../domain/shared/ids';
import type { WardsideDatabase } from './db';
import { createRecentNotesQuery, type RecentNotesPage } from './note-query';
import { openTestDatabase } from './testing/test-database';

const WARD = 'ward-7b';
const DEVICE = createUuidV7(Date.UTC(2025, 0, 1), new Uint8Array(10).fill(9));
const START = Date.UTC(2025, 10, 20, 9, 0);

let counter = 0;
/** Stores a note made `minutes` after START, as the repository or a pull would. */
const addNote = async (
  db: WardsideDatabase,
  minutes: number,
  draft: NoteDraft,
  supersedes: string | null = null,
): Promise<Note> => {
  counter += 1;
  const now = new Date(START + minutes * 60_000);
  const made = createNote(draft, {
    id: createUuidV7(now.getTime(), new Uint8Array(10).fill(counter % 256)),
    wardId: WARD,
    deviceId: DEVICE,
    now,
  });
  if (!made.isOk) throw new Error(made.error);
  const note = { ...made.value, supersedes };
  await db.notes.add(note);
  return note;
};

const query = (changes: Partial<NoteQuery>): NoteQuery => ({ ...EMPTY_NOTE_QUERY, ...changes });
const texts = (page: RecentNotesPage) => page.notes.map((note) => note.text);

const seedWard = async (db: WardsideDatabase) => {
  await addNote(db, 1, {
    text: 'The food was cold at lunch',
    kind: 'patient-comment',
    sentiment: 'negative',
    themes: ['food-diet'],
    capturedByRole: 'HCA',
  });
  await addNote(db, 2, {
    text: 'Thank you to the night staff',
    kind: 'compliment',
    sentiment: 'positive',
    themes: ['staff-manner-personal-attributes'],
    capturedByRole: 'Nurse',
  });
  await addNote(db, 3, {
    text: 'Call bell not answered for twenty minutes',
    kind: 'concern',
    sentiment: 'negative',
    isUrgent: true,
    capturedByRole: 'Nurse',
  });
  await addNote(db, 4, {
    text: 'Relative says the café food is lovely',
    kind: 'relative-or-carer-comment',
    sentiment: 'positive',
    themes: ['food-diet'],
  });
  await addNote(db, 5, {
    text: 'Discharge letter took all day',
    kind: 'patient-comment',
    sentiment: 'negative',
    capturedByRole: 'HCA',
  });
};

describe('createRecentNotesQuery', () => {
  it('lists every current note newest first when nothing is narrowed, with the count', async () => {
    const db = openTestDatabase('note-query');
    await seedWard(db);
    const { readPage, countMatching } = createRecentNotesQuery(db);

    const page = await readPage(EMPTY_NOTE_QUERY, 3);

    expect(texts(page)).toEqual([
      'Discharge letter took all day',
      'Relative says the café food is lovely',
      'Call bell not answered for twenty minutes',
    ]);
    // The page read a few rows beyond its limit, and so every note: it knows the count.
    expect(page.matchingCount).toBe(5);
    expect(await countMatching(EMPTY_NOTE_QUERY)).toBe(5);
  });

  it('finds notes by the start of each typed word, folding case and accents', async () => {
    const db = openTestDatabase('note-query');
    await seedWard(db);
    const { readPage } = createRecentNotesQuery(db);

    expect(texts(await readPage(query({ searchText: 'FOOD' }), 50))).toEqual([
      'Relative says the café food is lovely',
      'The food was cold at lunch',
    ]);
    expect(texts(await readPage(query({ searchText: 'cafe' }), 50))).toEqual([
      'Relative says the café food is lovely',
    ]);
    expect(texts(await readPage(query({ searchText: 'disch' }), 50))).toEqual([
      'Discharge letter took all day',
    ]);
    expect(texts(await readPage(query({ searchText: 'food cold' }), 50))).toEqual([
      'The food was cold at lunch',
    ]);
    expect((await readPage(query({ searchText: 'food parking' }), 50)).matchingCount).toBe(0);
  });

  it('filters by kind, theme, sentiment, urgent, role and date range, alone and together', async () => {
    const db = openTestDatabase('note-query');
    await seedWard(db);
    const { readPage } = createRecentNotesQuery(db);
    const minute = (minutes: number) => new Date(START + minutes * 60_000).toISOString();

    expect(texts(await readPage(query({ kind: 'compliment' }), 50))).toEqual([
      'Thank you to the night staff',
    ]);
    expect((await readPage(query({ themeCode: 'food-diet' }), 50)).matchingCount).toBe(2);
    expect((await readPage(query({ sentiment: 'negative' }), 50)).matchingCount).toBe(3);
    expect(texts(await readPage(query({ isUrgentOnly: true }), 50))).toEqual([
      'Call bell not answered for twenty minutes',
    ]);
    expect((await readPage(query({ role: 'HCA' }), 50)).matchingCount).toBe(2);
    expect(texts(await readPage(query({ createdFrom: minute(2), createdBefore: minute(4) }), 50))).toEqual([
      'Call bell not answered for twenty minutes',
      'Thank you to the night staff',
    ]);
    expect((await readPage(query({ createdFrom: minute(4) }), 50)).matchingCount).toBe(2);
    expect((await readPage(query({ createdBefore: minute(2) }), 50)).matchingCount).toBe(1);
    expect(
      (await readPage(query({ createdFrom: minute(4), createdBefore: minute(2) }), 50)).matchingCount,
    ).toBe(0);
    expect(
      texts(await readPage(query({ sentiment: 'negative', role: 'HCA', searchText: 'lunch' }), 50)),
    ).toEqual(['The food was cold at lunch']);
  });

  it('leaves out notes superseded by a correction and notes deleted by a tombstone', async () => {
    const db = openTestDatabase('note-query');
    const first = await addNote(db, 1, { text: 'Food was cold', themes: ['food-diet'] });
    await addNote(db, 2, { text: 'Food was cold at lunch', themes: ['food-diet'] }, first.id);
    const deleted = await addNote(db, 3, { text: 'Food typed on the wrong ward', themes: ['food-diet'] });
    await db.noteDeletions.add({ id: createUuidV7(START + 600_000, new Uint8Array(10)), noteId: deleted.id });
    const { readPage } = createRecentNotesQuery(db);

    for (const narrowed of [
      EMPTY_NOTE_QUERY,
      query({ searchText: 'food' }),
      query({ themeCode: 'food-diet' }),
    ]) {
      const page = await readPage(narrowed, 50);
      expect(texts(page)).toEqual(['Food was cold at lunch']);
      expect(page.matchingCount).toBe(1);
    }
  });

  it('says whether any note is stored when none is current: an empty tablet, or every note deleted', async () => {
    const db = openTestDatabase('note-query');
    const { readPage } = createRecentNotesQuery(db);
    expect(await readPage(EMPTY_NOTE_QUERY, 20)).toEqual({
      notes: [],
      matchingCount: 0,
      hasStoredNotes: false,
    });

    const first = await addNote(db, 1, { text: 'Saved twice by mistake' });
    await addNote(db, 2, { text: 'Saved twice by mistake, corrected' }, first.id);
    await db.noteDeletions.add({ id: createUuidV7(START + 600_000, new Uint8Array(10)), noteId: first.id });

    expect(await readPage(EMPTY_NOTE_QUERY, 20)).toEqual({
      notes: [],
      matchingCount: 0,
      hasStoredNotes: true,
    });
  });

  it('pages: the limit caps the notes, never the count, and a larger limit continues in order', async () => {
    const db = openTestDatabase('note-query');
    for (let minute = 0; minute < 30; minute += 1) {
      await addNote(db, minute, { text: `Round ${minute} went well`, isUrgent: minute % 2 === 0 });
    }
    const { readPage, countMatching } = createRecentNotesQuery(db);

    const first = await readPage(EMPTY_NOTE_QUERY, 10);
    const longer = await readPage(EMPTY_NOTE_QUERY, 20);
    // These pages stop short of the 30 notes, so they leave the count to countMatching.
    expect([first.matchingCount, longer.matchingCount]).toEqual([null, null]);
    expect(await countMatching(EMPTY_NOTE_QUERY)).toBe(30);
    expect(longer.notes.slice(0, 10)).toEqual(first.notes);
    expect(texts(longer).at(-1)).toBe('Round 10 went well');

    const urgentQuery = query({ isUrgentOnly: true, searchText: 'round' });
    const urgent = await readPage(urgentQuery, 4);
    expect(await countMatching(urgentQuery)).toBe(15);
    expect(texts(urgent)).toEqual([
      'Round 28 went well',
      'Round 26 went well',
      'Round 24 went well',
      'Round 22 went well',
    ]);
  });

  it('reads further back when retired notes fill the first read, until the page is full', async () => {
    const db = openTestDatabase('note-query');
    const notes: Note[] = [];
    for (let minute = 0; minute < 30; minute += 1) {
      notes.push(await addNote(db, minute, { text: `Round ${minute} went well` }));
    }
    // The newest 12 are deleted: more than the first read (the page and its spare rows) holds.
    await db.noteDeletions.bulkAdd(
      notes.slice(18).map((note, index) => ({
        id: createUuidV7(START + 3_600_000, new Uint8Array(10).fill(index)),
        noteId: note.id,
      })),
    );
    const { readPage } = createRecentNotesQuery(db);

    const page = await readPage(EMPTY_NOTE_QUERY, 5);
    expect(texts(page)).toEqual([17, 16, 15, 14, 13].map((minute) => `Round ${minute} went well`));
    // Every row was read on the way down to a full page, so the count is known: 18 current notes.
    const everything = await readPage(EMPTY_NOTE_QUERY, 18);
    expect(everything.notes).toHaveLength(18);
    expect(everything.matchingCount).toBe(18);
  });

  it('skips a stored note that no longer parses, telling only its id', async () => {
    const db = openTestDatabase('note-query');
    const kept = await addNote(db, 1, { text: 'Food was fine' });
    const broken = await addNote(db, 2, { text: 'Food was odd' });
    await db.notes.put({ ...broken, kind: 'not-a-kind' });
    const onCorruptRecord = vi.fn();
    const { readPage } = createRecentNotesQuery(db, { onCorruptRecord });

    expect((await readPage(EMPTY_NOTE_QUERY, 50)).notes).toEqual([kept]);
    expect(onCorruptRecord).toHaveBeenCalledWith(broken.id);
  });

  it('tells a watcher of the page now and again after a note is saved', async () => {
    const db = openTestDatabase('note-query');
    await addNote(db, 1, { text: 'Food was cold' });
    const pages: RecentNotesPage[] = [];
    const stop = createRecentNotesQuery(db).watchPage(
      query({ searchText: 'food' }),
      50,
      (page) => pages.push(page),
      () => {},
    );

    await vi.waitFor(() => expect(pages).toHaveLength(1));
    await addNote(db, 2, { text: 'Food was warm today' });
    await vi.waitFor(() => expect(pages.at(-1)?.matchingCount).toBe(2));
    stop();
  });

  it('tells a watcher the page first and its count when counted, for a page that stops at its limit', async () => {
    const db = openTestDatabase('note-query');
    for (let minute = 0; minute < 40; minute += 1)
      await addNote(db, minute, { text: `Food round ${minute}` });
    const pages: RecentNotesPage[] = [];
    const stop = createRecentNotesQuery(db).watchPage(
      query({ searchText: 'food' }),
      2,
      (page) => pages.push(page),
      () => {},
    );

    await vi.waitFor(() => expect(pages.at(-1)?.matchingCount).toBe(40));
    expect(pages[0]?.matchingCount).toBeNull();
    expect(pages.map(texts)).toEqual(pages.map(() => ['Food round 39', 'Food round 38']));
    await addNote(db, 41, { text: 'Food round 41' });
    await vi.waitFor(() => expect(pages.at(-1)?.matchingCount).toBe(41));
    expect(texts(pages.at(-1) as RecentNotesPage)).toEqual(['Food round 41', 'Food round 39']);
    stop();
  });

  it('finds the newest matches of words that are far apart in time, reading ids in batches', async () => {
    const db = openTestDatabase('note-query');
    // 'bell' is rare and old, 'call' is frequent: the join must read well past call's first batch.
    for (let minute = 0; minute < 120; minute += 1) {
      await addNote(db, minute, { text: minute % 40 === 0 ? 'Call bell broken' : `Call ${minute}` });
    }
    const { readPage, countMatching } = createRecentNotesQuery(db);

    const page = await readPage(query({ searchText: 'bell call' }), 2);
    expect(texts(page)).toEqual(['Call bell broken', 'Call bell broken']);
    expect(page.notes.map((note) => note.createdAt)).toEqual([
      new Date(START + 80 * 60_000).toISOString(),
      new Date(START + 40 * 60_000).toISOString(),
    ]);
    expect((await readPage(query({ searchText: 'bell ca' }), 50)).matchingCount).toBe(3);
    expect(await countMatching(query({ searchText: 'bell call' }))).toBe(3);
  });
});
