// Many notes on a test tablet at once: each note and its outbox entry are written exactly as the note
// repository writes them (record + `queueCreate`), but all in one transaction, which is much faster
// on fake-indexeddb than one save per note.
import { getDeviceIdentity } from '../../../src/data/device-repository';
import { queueCreate } from '../../../src/data/outbox';
import { createNote, type Note } from '../../../src/domain/notes/note';
import { createUuidV7, UUID_V7_RANDOM_BYTE_COUNT } from '../../../src/domain/shared/ids';
import type { TestDevice } from './test-device';

export const seedNotes = async (device: TestDevice, count: number): Promise<Note[]> => {
  const { db, environment } = device;
  const identity = await getDeviceIdentity(db, environment);
  const now = environment.now();
  const notes = Array.from({ length: count }, (_, index) => {
    const id = createUuidV7(now.getTime(), environment.randomBytes(UUID_V7_RANDOM_BYTE_COUNT));
    const created = createNote(
      { text: `Seeded note ${index}: the ward was calm and the tea was hot.` },
      { id, ...identity, now },
    );
    if (!created.isOk) throw new Error(created.error);
    return created.value;
  });
  await db.transaction('rw', db.notes, db.outbox, async () => {
    for (const note of notes) {
      await db.notes.add(note);
      await queueCreate(db, 'note', note, now);
    }
  });
  return notes;
};
