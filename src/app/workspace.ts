/**
 * The repositories and sync, adapted to what the features ask for: a chunk of its own, fetched after
 * the first screen has painted (app-services.ts starts it), so that a kiosk's first load carries
 * neither the sync engine nor the idea merge rules.
 */
import type { Subscribe } from '../components/use-subscription';
import type { WardsideDatabase } from '../data/db';
import { createFeedbackRepository } from '../data/feedback-repository';
import { createIdeaRepository } from '../data/idea-repository';
import { createNoteRepository } from '../data/note-repository';
import { createRecentNotesQuery } from '../data/note-query';
import { watchPublishedIdeas } from '../data/published-ideas';
import { readEnrolment } from '../data/sync-state-repository';
import { watchOutboxCount } from '../data/watch-outbox-count';
import { ok } from '../domain/shared/result';
import type { BoardIdeas } from '../features/board/board-ideas';
import type { CaptureNotes } from '../features/capture/capture-notes';
import type { KioskServices } from '../features/kiosk/kiosk-services';
import type { EnrolledTablet, EnrolTablet } from '../features/setup/enrol-tablet';
import type { CheckStaffPin, ReadStaffLockout } from '../features/staff-lock/check-staff-pin';
import type { SyncStatusView } from '../features/sync-status/sync-status-view';
import { enrolDevice, type PersistentStorage } from '../sync/enrol-device';
import { createFetchTransport } from '../sync/fetch-transport';
import type { SyncTransport } from '../sync/transport';
import type { DeviceStore } from './device-state';
import { createStaffPinCheck } from './staff-pin-check';
import { startSync } from './start-sync';
import { watchWaitingRecordIds } from './watch-waiting-record-ids';

/** What the screens that read or write data get: made once, here, and nowhere else. */
export type Workspace = {
  notes: CaptureNotes;
  ideas: BoardIdeas;
  kiosk: KioskServices;
  enrol: EnrolTablet;
  /** Called by /setup once the person has seen any warning: the tablet takes up its role. */
  completeEnrolment: (tablet: EnrolledTablet) => void;
  checkStaffPin: CheckStaffPin;
  readStaffLockout: ReadStaffLockout;
  watchSyncStatus: Subscribe<SyncStatusView>;
  /** Sends what waits and fetches what changed, now (a tap on "Sync now", a save, reconnecting). */
  syncNow: () => void;
  /** Stops sync (tests; a page simply goes away). */
  stop: () => Promise<void>;
};

export type WorkspaceOptions = {
  db: WardsideDatabase;
  device: DeviceStore;
  /** Tests put the network here (a real server behind an in-memory transport); `fetch` otherwise. */
  transport?: SyncTransport;
  /** `navigator.storage`; tests pass their own. */
  storage?: PersistentStorage;
  /** The window whose `online` and `visibilitychange` events start a sync. */
  eventTarget?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
};

/** The real clock and randomness, passed down so that data/, sync/ and domain/ stay testable. */
const deviceEnvironment = {
  now: () => new Date(),
  randomBytes: (length: number) => crypto.getRandomValues(new Uint8Array(length)),
};

// Names and ids only: a message or a row could hold patient text, which never reaches a log.
const logRecentNotesError = (error: unknown): void => {
  console.error('Reading recent notes failed:', error instanceof Error ? error.name : 'unknown error');
};
const logCorruptNote = (id: string): void => {
  console.error('A stored note no longer reads as a note and is left out of the list:', id);
};

/** Builds the repositories and the sync engine on this tablet's database; syncs if it is enrolled. */
export function createWorkspace({
  db,
  device,
  transport = createFetchTransport(),
  storage,
  eventTarget,
}: WorkspaceOptions): Workspace {
  const sync = startSync({ db, transport, eventTarget });
  if (device.getState().enrolment !== null) sync.start();

  const noteRepository = createNoteRepository(db, deviceEnvironment);
  const ideaRepository = createIdeaRepository(db, deviceEnvironment);
  const feedbackRepository = createFeedbackRepository(db, deviceEnvironment);
  const staffPinCheck = createStaffPinCheck(db, deviceEnvironment.now);
  const recentNotesQuery = createRecentNotesQuery(db, { onCorruptRecord: logCorruptNote });

  return {
    notes: {
      save: sync.afterSave(noteRepository.save),
      watchRecentNotes: (query, limit, onChange) =>
        recentNotesQuery.watchPage(query, limit, onChange, logRecentNotesError),
      watchWaitingRecordIds: (onChange) => watchWaitingRecordIds(db, sync.onOutboxMaybeChanged, onChange),
      readEscalationText: async () => (await readEnrolment(db))?.escalationText ?? null,
      saveCorrection: sync.afterSave(noteRepository.saveCorrection),
      delete: sync.afterSave(noteRepository.delete),
      watchHistory: (noteId, onChange) => noteRepository.watchHistory(noteId, onChange),
    },
    ideas: {
      create: sync.afterSave(ideaRepository.create),
      changeFields: sync.afterSave(ideaRepository.changeFields),
      watch: (onChange) => ideaRepository.watch(onChange),
    },
    kiosk: {
      saveResponse: sync.afterSave(feedbackRepository.save),
      watchPublishedIdeas: (onChange) => watchPublishedIdeas(db, onChange),
      readWardSettings: async () => {
        const enrolment = await readEnrolment(db);
        return { wardName: enrolment?.ward.name ?? '', escalationText: enrolment?.escalationText ?? null };
      },
      ...staffPinCheck,
      watchWaitingCount: (onChange) => watchOutboxCount(db, onChange),
      syncNow: sync.syncNow,
    },
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
    ...staffPinCheck,
    watchSyncStatus: sync.subscribe,
    syncNow: sync.syncNow,
    stop: sync.stop,
  };
}
