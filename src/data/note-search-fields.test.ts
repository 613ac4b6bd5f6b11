import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { noteSchema } from '../domain/notes/note';
import { requeueEverything } from './requeue-everything';
import { createNoteRepository } from './note-repository';
import { listOutbox } from './outbox';
import { openWardsideDatabase } from './db';
import { asParsedNotes, indexEntryBoundsOf, indexEntryOf } from './note-search-fields';
import { createTestEnvironment, openTestDatabase } from './testing/test-database';

/** The row exactly as IndexedDB holds it, below Dexie and its middleware. */
const rawRow = (databaseName: string, id: string): Promise<Record<string, unknown>> =>
  new Promise((resolve, reject) => {
    const opening = indexedDB.open(databaseName);
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const request = opening.result.transaction('notes').objectStore('notes').get(id);
      request.onsuccess = () => {
        opening.result.close();
        resolve(request.result as Record<string, unknown>);
      };
      request.onerror = () => reject(request.error);
    };
  });

describe('note search fields', () => {
  it('are stored with a saved note, and never reach the note, the outbox or any reader', async () => {
    const db = openTestDatabase('note-search-fields');
    const repository = createNoteRepository(db, createTestEnvironment());
    const saved = await repository.save({
      text: 'The Café food was COLD',
      kind: 'compliment',
      themes: ['food-diet'],
      isUrgent: true,
      capturedByRole: 'HCA',
    });
    if (!saved.isOk) throw new Error(saved.error);
    const note = saved.value;

    expect(Object.keys(note)).not.toContain('searchWords');
    expect(await rawRow(db.name, note.id)).toMatchObject({
      searchWords: ['the', 'cafe', 'food', 'was', 'cold'].map((word) => indexEntryOf(word, note.id)),
      filterKeys: ['kind:compliment', 'theme:food-diet', 'urgent', 'role:HCA'].map((key) =>
        indexEntryOf(key, note.id),
      ),
    });
    const [entry] = await listOutbox(db, 10);
    expect(entry && 'payload' in entry ? entry.payload : null).toEqual(note);
    const reads = [
      await db.notes.get(note.id),
      ...(await db.notes.bulkGet([note.id])),
      ...(await db.notes.toArray()),
      ...(await db.notes.where('searchWords').startsWith('caf').toArray()),
      ...(await db.notes.orderBy('createdAt').reverse().toArray()),
    ];
    await db.notes.each((row) => reads.push(row));
    for (const row of reads) expect(noteSchema.parse(row)).toEqual(note);
  });

  it('are made afresh from the note on every write, whatever the writer passed', async () => {
    const db = openTestDatabase('note-search-fields');
    const repository = createNoteRepository(db, createTestEnvironment());
    const saved = await repository.save({ text: 'Noise at night' });
    if (!saved.isOk) throw new Error(saved.error);

    await db.notes.put({ ...saved.value, text: 'Noise in the day', searchWords: ['forged'] });

    expect((await rawRow(db.name, saved.value.id)).searchWords).toEqual(
      ['noise', 'in', 'the', 'day'].map((word) => indexEntryOf(word, saved.value.id)),
    );
    expect(await db.notes.where('searchWords').startsWith('forged').count()).toBe(0);
  });

  it('are made from notes handed over as parsed, which are frozen so they stay as parsed', async () => {
    const db = openTestDatabase('note-search-fields');
    const repository = createNoteRepository(db, createTestEnvironment());
    const saved = await repository.save({ text: 'Kind porter', themes: ['staff-manner'] });
    if (!saved.isOk) throw new Error(saved.error);
    const note = noteSchema.parse({ ...saved.value, text: 'Kind porter at night' });

    const [handed] = asParsedNotes([note]);
    await db.notes.bulkPut([note]);

    expect(handed).toBe(note);
    expect(Object.isFrozen(note) && Object.isFrozen(note.themes)).toBe(true);
    expect(await rawRow(db.name, note.id)).toMatchObject({
      searchWords: ['kind', 'porter', 'at', 'night'].map((word) => indexEntryOf(word, note.id)),
      filterKeys: ['kind:staff-observation', 'theme:staff-manner'].map((key) => indexEntryOf(key, note.id)),
    });
    expect(await db.notes.get(note.id)).toEqual(note);
  });

  it('do not stop a restored server from getting every note again (requeue)', async () => {
    const db = openTestDatabase('note-search-fields');
    const repository = createNoteRepository(db, createTestEnvironment());
    const saved = await repository.save({ text: 'Kind porter' });
    if (!saved.isOk) throw new Error(saved.error);

    const outcome = await requeueEverything(db, { epoch: 'epoch-2', now: new Date(Date.UTC(2025, 1, 1)) });

    expect(outcome.skippedCount).toBe(0);
    const entries = await listOutbox(db, 10);
    expect(entries.map((entry) => ('payload' in entry ? entry.payload : null))).toEqual([saved.value]);
  });

  it('are given to notes stored before version 3 when the database upgrades', async () => {
    const name = `note-search-fields-upgrade-${process.pid}`;
    const note = noteSchema.parse({
      id: '0199a3c0-0000-7000-8000-000000000001',
      wardId: 'ward-7b',
      deviceId: '0199a3c0-0000-7000-8000-000000000002',
      createdAt: '2025-11-20T09:00:00.000Z',
      schemaVersion: 1,
      kind: 'concern',
      text: 'Sore heel not dressed',
      sentiment: 'negative',
      themes: [],
      isUrgent: true,
      hasConsentToShare: false,
      area: null,
      capturedByRole: null,
      supersedes: null,
    });
    const version2 = new Dexie(name);
    version2.version(2).stores({ notes: 'id, createdAt, wardId' });
    await version2.table('notes').add(note);
    version2.close();

    const db = openWardsideDatabase(name);
    try {
      expect(await db.notes.where('searchWords').startsWith('heel').primaryKeys()).toEqual([note.id]);
      const urgent = indexEntryBoundsOf('urgent');
      expect(await db.notes.where('filterKeys').between(urgent.lower, urgent.upper).primaryKeys()).toEqual([
        note.id,
      ]);
      expect(await db.notes.get(note.id)).toEqual(note);
    } finally {
      await db.delete();
    }
  });
});
