/**
 * The sync engine as the app runs it: real timers, clock, randomness and Web Locks, started once
 * the tablet is enrolled, told about each local save, and made to sync at once when the browser
 * comes back online or the tablet wakes up (a real request still decides what "online" means).
 */
import type { Subscribe } from '../components/use-subscription';
import type { WardsideDatabase } from '../data/db';
import { createObservable } from '../sync/observable';
import { createSyncEngine } from '../sync/sync-engine';
import type { SyncLocks } from '../sync/sync-locks';
import type { SyncStatus } from '../sync/sync-status';
import type { SyncTransport } from '../sync/transport';

/**
 * How often an idle tablet asks the server for news. The engine's default is 30 seconds; the ward
 * expects a note captured on one tablet to show on the others within seconds (the huddle screen,
 * a colleague's tablet), and a pull with nothing new is one small GET.
 */
export const APP_PERIODIC_SYNC_MS = 5_000;

export type SyncRunner = {
  /** Starts syncing; calling it again does nothing. */
  start: () => void;
  stop: () => Promise<void>;
  syncNow: () => void;
  /** The status now, then after each change. */
  subscribe: Subscribe<SyncStatus>;
  /** Tells sync about each save made through `save`, so it is sent soon. */
  afterSave: <Args extends unknown[], Value>(
    save: (...args: Args) => Promise<Value>,
  ) => (...args: Args) => Promise<Value>;
  /** Told when the outbox may have changed: a save here, or sync status moving on. */
  onOutboxMaybeChanged: Subscribe<unknown>;
};

type StartSyncOptions = {
  db: WardsideDatabase;
  transport: SyncTransport;
  /** Where `online` and `visibilitychange` come from; `window` in the app. */
  eventTarget?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  locks?: SyncLocks;
  periodicSyncMs?: number;
};

const browserLocks = (): SyncLocks | undefined =>
  typeof navigator !== 'undefined' && 'locks' in navigator ? (navigator.locks as SyncLocks) : undefined;

export function startSync({
  db,
  transport,
  eventTarget,
  locks = browserLocks(),
  periodicSyncMs = APP_PERIODIC_SYNC_MS,
}: StartSyncOptions): SyncRunner {
  const engine = createSyncEngine({
    db,
    transport,
    now: () => new Date(),
    random: Math.random,
    setTimer: (callback, delayMs) => setTimeout(callback, delayMs),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    locks,
    periodicSyncMs,
  });
  const localSaves = createObservable(0);
  let isStarted = false;

  const syncNow = () => void engine.syncNow();
  const syncWhenVisible = () => {
    if (document.visibilityState === 'visible') syncNow();
  };

  return {
    start: () => {
      if (isStarted) return;
      isStarted = true;
      void engine.start();
      eventTarget?.addEventListener('online', syncNow);
      eventTarget?.addEventListener('visibilitychange', syncWhenVisible);
    },
    stop: async () => {
      eventTarget?.removeEventListener('online', syncNow);
      eventTarget?.removeEventListener('visibilitychange', syncWhenVisible);
      isStarted = false;
      await engine.stop();
    },
    syncNow,
    subscribe: (listener) => {
      listener(engine.getStatus());
      return engine.subscribe(listener);
    },
    afterSave:
      (save) =>
      async (...args) => {
        const result = await save(...args);
        engine.notifyLocalChange();
        localSaves.set(localSaves.get() + 1);
        return result;
      },
    onOutboxMaybeChanged: (listener) => {
      const stopSaves = localSaves.subscribe(listener);
      // Only a status whose counts moved can mean the outbox changed; the rest (syncing, idle,
      // every few seconds) would re-read it for nothing.
      let counts = '';
      const stopStatus = engine.subscribe(({ pendingCount, oldestPendingAt, lastSentAt }) => {
        const next = `${pendingCount} ${oldestPendingAt} ${lastSentAt}`;
        if (next === counts) return;
        counts = next;
        listener(next);
      });
      return () => {
        stopSaves();
        stopStatus();
      };
    },
  };
}
