/**
 * One tab per device syncs (SPEC ENG-5). Two tabs pushing the same outbox at once would send the same
 * mutations twice and race over the cursor, so each sync cycle runs under the `wardside-sync` Web Lock,
 * taken only if free (`ifAvailable`): a tab that finds it held skips the cycle, since the other tab
 * is doing the work. The lock is held per cycle, not for the tab's life, so when the syncing tab is
 * closed another takes over at its next cycle.
 */

/** The part of `navigator.locks` (the Web Locks `LockManager`) the engine uses. */
export type SyncLocks = {
  request: <Value>(
    name: string,
    options: { ifAvailable: true },
    callback: (lock: unknown) => Promise<Value>,
  ) => Promise<Value>;
};

export const SYNC_LOCK_NAME = 'wardside-sync';

/** Locks within one JavaScript realm: for tests, and for browsers without Web Locks (one tab is then assumed). */
export const createInMemoryLocks = (): SyncLocks => {
  const held = new Set<string>();
  return {
    request: async (name, _options, callback) => {
      if (held.has(name)) return callback(null);
      held.add(name);
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
      }
    },
  };
};
