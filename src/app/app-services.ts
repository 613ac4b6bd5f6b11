/**
 * The composition root of the data layer and sync: opens this tablet's database, builds the
 * repositories and the sync engine on it, and adapts them to what the features ask for. This module
 * is a lazy chunk (main.tsx): Dexie, zod and the engine stay off every route's first paint.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Subscribe } from '../components/use-subscription';
import { openWardsideDatabase } from '../data/db';
import { createIdeaRepository } from '../data/idea-repository';
import { createNoteRepository } from '../data/note-repository';
import { readEnrolment } from '../data/sync-state-repository';
import type { BoardIdeas } from '../features/board/board-ideas';
import type { CaptureNotes } from '../features/capture/capture-notes';
import type { EnrolledTablet, EnrolTablet } from '../features/setup/enrol-tablet';
import type { CheckStaffPin, ReadStaffLockout } from '../features/staff-lock/check-staff-pin';
import type { SyncStatusView } from '../features/sync-status/sync-status-view';
import { enrolDevice } from '../sync/enrol-device';
import { createFetchTransport } from '../sync/fetch-transport';
import type { SyncTransport } from '../sync/transport';
import { ok } from '../domain/shared/result';
import type { DeviceState } from './device-state';
import { createStaffPinCheck } from './staff-pin-check';
import { startSync, type SyncRunner } from './start-sync';
import { watchWaitingRecordIds } from './watch-waiting-record-ids';

/** What the app hands to its features: made once, here, and nowhere else. */
export type AppServices = {
  notes: CaptureNotes;
  ideas: BoardIdeas;
  /** This tablet's enrolment, as the routes and header follow it. */
  device: StoreApi<DeviceState>;
  enrol: EnrolTablet;
  /** Called by /setup once the person has seen any warning: the tablet takes up its role. */
  completeEnrolment: (tablet: EnrolledTablet) => void;
  checkStaffPin: CheckStaffPin;
  readStaffLockout: ReadStaffLockout;
  watchSyncStatus: Subscribe<SyncStatusView>;
  /** Sends what waits and fetches what changed, now (a tap on "Sync now", a save, reconnecting). */
  syncNow: () => void;
  /** Stops sync and closes the database (tests; a page simply goes away). */
  close: () => Promise<void>;
};

export type AppServicesOptions = {
  /** Tests give each test a database of its own. */
  databaseName?: string;
  /** Tests put the network here (a real server behind an in-memory transport); `fetch` otherwise. */
  transport?: SyncTransport;
  /** Where `navigator.storage` is; tests pass their own. */
  storage?: { persist: () => Promise<boolean>; persisted?: () => Promise<boolean> };
  /** The window whose `online` and `visibilitychange` events start a sync; none in some tests. */
  eventTarget?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
};

/** The real clock and randomness, passed down so that data/, sync/ and domain/ stay testable. */
const deviceEnvironment = {
  now: () => new Date(),
  randomBytes: (length: number) => crypto.getRandomValues(new Uint8Array(length)),
};

/** Opens this tablet's database, reads its enrolment, and starts sync if it is enrolled. */
export async function createAppServices(options: AppServicesOptions = {}): Promise<AppServices> {
  const db = openWardsideDatabase(options.databaseName);
  const transport = options.transport ?? createFetchTransport();
  const storage = options.storage ?? (typeof navigator === 'undefined' ? undefined : navigator.storage);
  const stored = await readEnrolment(db);
  const device = createStore<DeviceState>()(() => ({
    enrolment: stored && { deviceId: stored.deviceId, role: stored.role, wardName: stored.ward.name },
  }));

  const sync: SyncRunner = startSync({
    db,
    transport,
    eventTarget: options.eventTarget ?? (typeof window === 'undefined' ? undefined : window),
  });
  if (stored !== null) sync.start();

  const noteRepository = createNoteRepository(db, deviceEnvironment);
  const ideaRepository = createIdeaRepository(db, deviceEnvironment);

  return {
    notes: {
      save: sync.afterSave(noteRepository.save),
      watchNewestFirst: noteRepository.watchNewestFirst,
      watchWaitingRecordIds: (onChange) => watchWaitingRecordIds(db, sync.onOutboxMaybeChanged, onChange),
    },
    ideas: {
      create: sync.afterSave(ideaRepository.create),
      changeFields: sync.afterSave(ideaRepository.changeFields),
      watch: (onChange) => ideaRepository.watch(onChange),
    },
    device,
    enrol: async (code) => {
      const result = await enrolDevice({ db, transport, code, storage });
      if (!result.isOk) return result;
      // Sync starts at once: the tablet has what it needs, whether or not the person reads a warning.
      sync.start();
      const { role, ward, isStoragePersisted } = result.value;
      return ok({ role, wardName: ward.name, isStoragePersisted });
    },
    completeEnrolment: () => {
      void readEnrolment(db).then((enrolment) => {
        if (enrolment === null) return;
        device.setState({
          enrolment: { deviceId: enrolment.deviceId, role: enrolment.role, wardName: enrolment.ward.name },
        });
      });
    },
    ...createStaffPinCheck(db, deviceEnvironment.now),
    watchSyncStatus: sync.subscribe,
    syncNow: sync.syncNow,
    close: async () => {
      await sync.stop();
      db.close();
    },
  };
}
