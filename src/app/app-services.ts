import { openWardsideDatabase } from '../data/db';
import { createNoteRepository } from '../data/note-repository';
import type { CaptureNotes } from '../features/capture/capture-notes';

/** What the app hands to its features: made once, here, and nowhere else. */
export type AppServices = { noteRepository: CaptureNotes };

/** The real clock and randomness, passed down so that data/ and domain/ stay testable. */
const deviceEnvironment = {
  now: () => new Date(),
  randomBytes: (length: number) => crypto.getRandomValues(new Uint8Array(length)),
};

/** Opens this tablet's database and builds the repositories on it. */
export function createAppServices(databaseName?: string): AppServices {
  const database = openWardsideDatabase(databaseName);
  return { noteRepository: createNoteRepository(database, deviceEnvironment) };
}
