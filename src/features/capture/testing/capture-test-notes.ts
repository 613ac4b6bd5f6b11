// For component tests: a real note repository on a fresh fake-IndexedDB database, with a clock the
// test moves, shaped as the app hands it to the capture screen.
import { configure } from '@testing-library/react';
import { openWardsideDatabase } from '../../../data/db';
import { createNoteRepository, type NoteRepository } from '../../../data/note-repository';
import { createRecentNotesQuery } from '../../../data/note-query';
import { useUnsavedInputStore } from '../../../components/unsaved-input-store';
import type { CaptureNotes } from '../capture-notes';
import { useCapturePreferencesStore } from '../capture-preferences-store';
import { useCaptureStore } from '../capture-store';
import { useNoteCorrectionsStore } from '../corrections/note-corrections-store';
import { loadIdentifierTools } from '../load-identifier-tools';
import { loadThemeSuggester } from '../load-theme-suggester';

let databaseCount = 0;

export type TestNotes = CaptureNotes & Pick<NoteRepository, 'listNewestFirst'>;

const rethrow = (error: unknown): void => {
  throw error;
};

/** A fresh repository; `escalationText` is what the ward's settings say (default: none set). */
export function createTestNotes(escalationText: string | null = null): TestNotes {
  databaseCount += 1;
  let time = Date.parse('2025-11-25T12:00:00.000Z');
  const db = openWardsideDatabase(`capture-test-${databaseCount}`);
  const repository = createNoteRepository(db, {
    now: () => new Date((time += 60_000)),
    randomBytes: (length: number) => crypto.getRandomValues(new Uint8Array(length)),
  });
  const recentNotes = createRecentNotesQuery(db);
  return {
    ...repository,
    watchRecentNotes: (query, limit, onChange) => recentNotes.watchPage(query, limit, onChange, rethrow),
    readEscalationText: () => Promise.resolve(escalationText),
  };
}

/** Every store the capture screen uses back to its first state, and nothing remembered. */
export function resetCaptureStores(): void {
  localStorage.clear();
  useCaptureStore.setState(useCaptureStore.getInitialState(), true);
  useCapturePreferencesStore.setState(useCapturePreferencesStore.getInitialState(), true);
  useUnsavedInputStore.setState(useUnsavedInputStore.getInitialState(), true);
  useNoteCorrectionsStore.setState(useNoteCorrectionsStore.getInitialState(), true);
}

/**
 * Once per test file: fetches the redactor's and the theme model's chunks as the screen does on
 * mount (their first transform takes seconds on a busy machine, and would otherwise run inside
 * whichever test comes first), and lets finds wait for IndexedDB.
 */
export async function prepareCaptureTests(): Promise<void> {
  configure({ asyncUtilTimeout: 4000 });
  await Promise.all([loadIdentifierTools(), loadThemeSuggester()]);
}
