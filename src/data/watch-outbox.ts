/**
 * Hearing of new outbox entries, from this tab or another (Dexie's `liveQuery` sees both), so that
 * the sync engine can send a save at once. Only growth counts: the engine removing answered entries
 * must not wake it again.
 */
import { liveQuery } from 'dexie';
import type { WardsideDatabase } from './db';

/** Calls `onNewEntry` whenever a mutation is queued, until the returned function is called. */
export const watchOutbox = (db: WardsideDatabase, onNewEntry: () => void): (() => void) => {
  let highest: number | null = null;
  const subscription = liveQuery(() => db.outbox.orderBy(':id').lastKey()).subscribe({
    next: (key) => {
      const current = typeof key === 'number' ? key : 0;
      if (highest !== null && current > highest) onNewEntry();
      highest = Math.max(highest ?? 0, current);
    },
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
};
