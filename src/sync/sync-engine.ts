/**
 * The sync engine: runs sync cycles (sync-cycle.ts) now, every 30 seconds, soon after a local save,
 * and after failures with backoff (ENG-3), one cycle at a time and one tab at a time (ENG-5), and
 * tells the UI where things stand through `subscribe`. "Online" means the last request reached the
 * server (ENG-4), never `navigator.onLine`. Time, randomness, timers and locks are passed in, so
 * tests drive every branch; no React here.
 */
import type { WardsideDatabase } from '../data/db';
import { summarizeOutbox } from '../data/outbox';
import { readEnrolment, readSyncState, writeSyncState } from '../data/sync-state-repository';
import { BACKOFF_MAX_MS, backoffDelayMs } from './backoff';
import { createObservable } from './observable';
import { runSyncCycle, type CycleOutcome } from './sync-cycle';
import { createInMemoryLocks, SYNC_LOCK_NAME, type SyncLocks } from './sync-locks';
import { describeFailure, INITIAL_SYNC_STATUS, PROBLEMS, type SyncStatus } from './sync-status';
import type { SyncTransport } from './transport';

/** How often a running engine syncs when nothing else prompts it. */
export const PERIODIC_SYNC_MS = 30_000;

export type TimerHandle = unknown;

export type SyncEngineOptions = {
  db: WardsideDatabase;
  transport: SyncTransport;
  now: () => Date;
  /** A number in [0, 1), for backoff jitter. */
  random: () => number;
  setTimer: (callback: () => void, delayMs: number) => TimerHandle;
  clearTimer: (handle: TimerHandle) => void;
  /** `navigator.locks` in a browser; an in-memory lock (this realm only) when absent. */
  locks?: SyncLocks;
  /**
   * Calls its argument whenever the outbox changes on this device (a save, in any tab), until the
   * returned function is called: the app passes `(onChange) => watchOutbox(db, onChange)`. Without it,
   * call `notifyLocalChange()` after a save.
   */
  watchLocalChanges?: (onChange: () => void) => () => void;
  periodicSyncMs?: number;
};

export type SyncEngine = {
  /** Loads the status and starts syncing: now, then periodically. */
  start: () => Promise<void>;
  /** Stops scheduling cycles; resolves when a cycle in flight has finished. */
  stop: () => Promise<void>;
  /**
   * Syncs now, forgetting any backoff (a tap on "Sync now", the browser going online, just enrolled).
   * Resolves when the cycle has finished; never rejects.
   */
  syncNow: () => Promise<void>;
  /** Tells the engine something was saved: the counts update and, unless it is backing off, it syncs soon. */
  notifyLocalChange: () => void;
  getStatus: () => SyncStatus;
  subscribe: (listener: (status: SyncStatus) => void) => () => void;
};

/** Local saves within this window go in one cycle. */
const LOCAL_CHANGE_DELAY_MS = 200;

export const createSyncEngine = (options: SyncEngineOptions): SyncEngine => {
  const { db, transport, now, random, setTimer, clearTimer } = options;
  const locks = options.locks ?? createInMemoryLocks();
  const periodicSyncMs = options.periodicSyncMs ?? PERIODIC_SYNC_MS;
  const status = createObservable<SyncStatus>(INITIAL_SYNC_STATUS);
  const update = (changes: Partial<SyncStatus>): void => status.set({ ...status.get(), ...changes });

  let isRunning = false;
  let timer: { handle: TimerHandle } | null = null;
  let cycleInFlight: Promise<void> | null = null;
  let isAnotherCycleWanted = false;
  let failuresInARow = 0;
  /** A notice of rejected changes stays until a later cycle sends something and all of it is taken. */
  let rejectionNotice: string | null = null;
  let stopWatching: (() => void) | null = null;

  const cancelTimer = (): void => {
    if (timer !== null) clearTimer(timer.handle);
    timer = null;
  };

  const schedule = (delayMs: number): void => {
    cancelTimer();
    if (!isRunning) return;
    const scheduled = {
      handle: setTimer(() => {
        if (timer === scheduled) timer = null;
        void runCycle();
      }, delayMs),
    };
    timer = scheduled;
  };

  const refreshCounts = async (): Promise<void> => {
    update(await summarizeOutbox(db));
  };

  const finishCycle = async (outcome: CycleOutcome): Promise<void> => {
    const { report } = outcome;
    if (report.answeredCount > 0) {
      rejectionNotice = report.rejectedCount > 0 ? PROBLEMS.rejectedMutations(report.rejectedCount) : null;
    }
    const stored = {
      ...(report.lastSentAt === null ? {} : { lastSentAt: report.lastSentAt }),
      ...(report.reachedServerAt === null ? {} : { lastCheckedAt: report.reachedServerAt }),
      ...(report.clockSkewMs === null ? {} : { clockSkewMs: report.clockSkewMs }),
    };
    if (outcome.kind === 'done') {
      failuresInARow = 0;
      const problem =
        rejectionNotice ?? (report.skippedCount > 0 ? PROBLEMS.skippedRecords(report.skippedCount) : null);
      await writeSyncState(db, { ...stored, lastProblem: problem });
      update({ ...stored, state: 'idle', problem, nextRetryAt: null });
      schedule(periodicSyncMs);
      return;
    }
    const { state, problem } = describeFailure(outcome.failure);
    await writeSyncState(db, { ...stored, lastProblem: problem });
    if (state === 'paused') {
      // A revoked tablet waits for a new enrolment; retrying would only be refused again (DEV-2).
      cancelTimer();
      update({ ...stored, state, problem, nextRetryAt: null });
      return;
    }
    const retryAfterMs = outcome.failure.kind === 'retry' ? outcome.failure.retryAfterMs : undefined;
    // An update takes a person (or a deploy): check again only rarely.
    const delayMs =
      state === 'needs-update' ? BACKOFF_MAX_MS : backoffDelayMs(failuresInARow, random, retryAfterMs);
    failuresInARow += 1;
    update({ ...stored, state, problem, nextRetryAt: new Date(now().getTime() + delayMs).toISOString() });
    schedule(delayMs);
  };

  const cycleOnce = async (): Promise<void> => {
    const enrolment = await readEnrolment(db);
    if (enrolment === null) {
      update({ state: 'not-enrolled', nextRetryAt: null });
      return;
    }
    const didRun = await locks.request(SYNC_LOCK_NAME, { ifAvailable: true }, async (lock) => {
      if (lock === null) return false;
      update({ state: 'syncing', nextRetryAt: null });
      try {
        await finishCycle(await runSyncCycle({ db, transport, now, enrolment }));
      } catch {
        // IndexedDB failed (storage full, a closed database): nothing was half written, since every
        // write is one transaction, so the cycle can simply be tried again. The error is not logged:
        // its message could quote stored text.
        failuresInARow += 1;
        const delayMs = backoffDelayMs(failuresInARow - 1, random);
        update({
          state: 'waiting-to-retry',
          problem: PROBLEMS.storage,
          nextRetryAt: new Date(now().getTime() + delayMs).toISOString(),
        });
        schedule(delayMs);
      }
      return true;
    });
    // Another tab holds the lock and syncs for this device: look again at the next period.
    if (!didRun) schedule(periodicSyncMs);
    await refreshCounts();
  };

  const runCycle = (): Promise<void> => {
    if (cycleInFlight !== null) {
      isAnotherCycleWanted = true;
      return cycleInFlight;
    }
    cycleInFlight = (async () => {
      try {
        do {
          isAnotherCycleWanted = false;
          await cycleOnce();
        } while (isAnotherCycleWanted && isRunning);
      } catch {
        // Reading the enrolment or counts failed: leave the status as it was and try at the next period.
        schedule(periodicSyncMs);
      } finally {
        cycleInFlight = null;
      }
    })();
    return cycleInFlight;
  };

  const loadStatus = async (): Promise<void> => {
    const [enrolment, state, counts] = await Promise.all([
      readEnrolment(db),
      readSyncState(db),
      summarizeOutbox(db),
    ]);
    update({
      ...counts,
      state: enrolment === null ? 'not-enrolled' : 'idle',
      lastSentAt: state.lastSentAt,
      lastCheckedAt: state.lastCheckedAt,
      problem: state.lastProblem,
      clockSkewMs: state.clockSkewMs,
    });
  };

  const notifyLocalChange = (): void => {
    void refreshCounts().catch(() => undefined);
    // While backing off (or paused, or waiting for an update), a save does not knock again early.
    if (status.get().state === 'idle' && isRunning && cycleInFlight === null) schedule(LOCAL_CHANGE_DELAY_MS);
    else if (cycleInFlight !== null) isAnotherCycleWanted = true;
  };

  return {
    start: async () => {
      if (isRunning) return;
      isRunning = true;
      await loadStatus();
      stopWatching = options.watchLocalChanges?.(notifyLocalChange) ?? null;
      schedule(0);
    },
    stop: async () => {
      isRunning = false;
      cancelTimer();
      stopWatching?.();
      stopWatching = null;
      await cycleInFlight;
    },
    syncNow: () => {
      failuresInARow = 0;
      cancelTimer();
      return runCycle();
    },
    notifyLocalChange,
    getStatus: status.get,
    subscribe: status.subscribe,
  };
};
