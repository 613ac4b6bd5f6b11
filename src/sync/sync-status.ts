/**
 * What the sync engine tells the UI, and the plain words for each problem. Problems describe what
 * happened and what to do; they never carry patient text, ids or server messages.
 */
import type { TransportFailure } from './transport';

export const SYNC_STATES = [
  'not-enrolled',
  'idle',
  'syncing',
  'waiting-to-retry',
  'offline',
  'paused',
  'needs-update',
] as const;
export type SyncState = (typeof SYNC_STATES)[number];

export type SyncStatus = {
  state: SyncState;
  /** Mutations waiting in the outbox. */
  pendingCount: number;
  /** When the oldest of them was queued (device clock, ISO), or null when none wait. */
  oldestPendingAt: string | null;
  /** When a push was last answered. */
  lastSentAt: string | null;
  /** When a request last reached the server (any answer: ENG-4). */
  lastCheckedAt: string | null;
  /** What is wrong, in plain words, or null. */
  problem: string | null;
  /** Device clock minus server clock at the last push (CLOCK-1), or null before the first push. */
  clockSkewMs: number | null;
  /** When the engine tries again, while `waiting-to-retry` or `offline`. */
  nextRetryAt: string | null;
};

export const INITIAL_SYNC_STATUS: SyncStatus = {
  state: 'idle',
  pendingCount: 0,
  oldestPendingAt: null,
  lastSentAt: null,
  lastCheckedAt: null,
  problem: null,
  clockSkewMs: null,
  nextRetryAt: null,
};

export const PROBLEMS = {
  unauthorized:
    'This tablet is no longer enrolled. Ask the ward manager for a new enrolment code. Everything saved on this tablet is kept.',
  clientTooOld:
    'This version of Wardside is too old for the server. Reload Wardside to update it; everything saved on this tablet is kept and will be sent after the update.',
  serverTooOld:
    'The server runs an older version of Wardside than this tablet. Ask whoever looks after Wardside to update the server; everything saved on this tablet is kept.',
  unreachable:
    'Wardside cannot reach the server. Everything is saved on this tablet and will be sent when the connection is back.',
  retry: 'The server is busy or has a problem. Wardside will try again by itself.',
  rejectedRequest: 'The server refused a request from this tablet. Wardside will try again by itself.',
  storage: 'This tablet could not store what the server sent. Wardside will try again by itself.',
  rejectedMutations: (count: number) =>
    count === 1
      ? '1 change from this tablet was not accepted by the server. The server keeps it for the ward manager to check.'
      : `${count} changes from this tablet were not accepted by the server. The server keeps them for the ward manager to check.`,
  skippedRecords: (count: number) =>
    count === 1
      ? '1 record from the server could not be read on this tablet. Updating Wardside may fix this.'
      : `${count} records from the server could not be read on this tablet. Updating Wardside may fix this.`,
} as const;

/** The state and words for a failed request. */
export const describeFailure = (failure: TransportFailure): { state: SyncState; problem: string } => {
  switch (failure.kind) {
    case 'unauthorized':
      return { state: 'paused', problem: PROBLEMS.unauthorized };
    case 'client-too-old':
      return { state: 'needs-update', problem: PROBLEMS.clientTooOld };
    case 'server-too-old':
      return { state: 'needs-update', problem: PROBLEMS.serverTooOld };
    case 'unreachable':
      return { state: 'offline', problem: PROBLEMS.unreachable };
    case 'retry':
      return { state: 'waiting-to-retry', problem: PROBLEMS.retry };
    case 'rejected':
      return { state: 'waiting-to-retry', problem: PROBLEMS.rejectedRequest };
  }
};
