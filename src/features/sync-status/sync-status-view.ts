/**
 * The sync engine's status as this feature shows it. It matches the engine's `getStatus()` shape
 * field for field, so the app passes the engine's status straight in; the feature keeps its own
 * copy of the type so that its tests need no engine.
 */
export const SYNC_STATES = [
  'not-enrolled',
  'idle',
  'syncing',
  'waiting-to-retry',
  'offline',
  'paused',
  'needs-update',
] as const;
export type SyncStateName = (typeof SYNC_STATES)[number];

export type SyncStatusView = {
  state: SyncStateName;
  /** Mutations in the outbox. */
  pendingCount: number;
  /** When the oldest of them was queued (device clock, ISO), or null when none wait. */
  oldestPendingAt: string | null;
  /** When a push last succeeded. */
  lastSentAt: string | null;
  /** When the server last answered at all. */
  lastCheckedAt: string | null;
  /** What is wrong, in plain words, or null. */
  problem: string | null;
  /** Device clock minus server clock (CLOCK-1), or null before the first push. */
  clockSkewMs: number | null;
  /** When the engine tries again, in `waiting-to-retry`. */
  nextRetryAt: string | null;
};
