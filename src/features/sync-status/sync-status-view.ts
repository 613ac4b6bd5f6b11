import type { SyncState, SyncStatus } from '../../sync/sync-status';

/** The sync engine's status as this feature shows it: the engine's own type, so the two never drift. */
export type SyncStatusView = SyncStatus;

/** What the engine is doing: idle, syncing, waiting to retry, offline, paused, needs an update. */
export type SyncStateName = SyncState;
