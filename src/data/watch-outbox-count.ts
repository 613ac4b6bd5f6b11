/**
 * How many mutations wait to be sent, kept current with Dexie's `liveQuery` (saves and answered
 * mutations, from this tab or another), for "Feedback waiting to send: N".
 */
import { liveQuery } from 'dexie';
import type { WardsideDatabase } from './db';

/** Calls `onChange` with the outbox's size now and after each change, until the returned function is called. */
export const watchOutboxCount = (db: WardsideDatabase, onChange: (count: number) => void): (() => void) => {
  // A failed read leaves the last count on screen; the next change reads again.
  const subscription = liveQuery(() => db.outbox.count()).subscribe({
    next: onChange,
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
};
