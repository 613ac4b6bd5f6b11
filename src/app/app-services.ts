/**
 * The composition root of the data layer: reads this tablet's enrolment, which decides what the
 * tablet may show. This module is a lazy chunk (main.tsx) that every first paint waits for, so it
 * reads the enrolment with read-device-face.ts (plain IndexedDB, a few checked fields) and nothing
 * more. The database (Dexie), the full enrolment and everything beyond it (repositories, the sync
 * engine) are further chunks, fetched when a screen needs them, or after the first paint on a
 * kiosk, whose first load has a budget.
 */
import type { WardsideDatabase } from '../data/db';
import { readDeviceFace } from '../data/read-device-face';
import type { PersistentStorage } from '../sync/enrol-device';
import type { SyncTransport } from '../sync/transport';
import { createDeviceStore, type DeviceStore } from './device-state';
import type { Workspace } from './workspace';

export type AppServices = {
  /** This tablet's enrolment, as the routes and header follow it. */
  device: DeviceStore;
  /** The repositories and sync, loaded and started on the first call; the same promise after. */
  workspace: () => Promise<Workspace>;
  /** Stops sync and closes the database (tests; a page simply goes away). */
  close: () => Promise<void>;
};

export type AppServicesOptions = {
  /** Tests give each test a database of its own. */
  databaseName?: string;
  /** Tests put the network here (a real server behind an in-memory transport); `fetch` otherwise. */
  transport?: SyncTransport;
  /** Where `navigator.storage` is; tests pass their own. */
  storage?: PersistentStorage;
  /** The window whose `online` and `visibilitychange` events start a sync. */
  eventTarget?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
};

/** Reads this tablet's enrolment; the database itself is opened with the workspace. */
export async function createAppServices(options: AppServicesOptions = {}): Promise<AppServices> {
  const device = createDeviceStore({ enrolment: await readDeviceFace(options.databaseName) });
  let db: WardsideDatabase | undefined;
  let workspace: Promise<Workspace> | undefined;
  const loadWorkspace = () =>
    (workspace ??= Promise.all([
      import('../data/db'),
      import('../data/sync-state-repository'),
      import('./workspace'),
    ]).then(async ([{ openWardsideDatabase }, { readEnrolment }, { createWorkspace }]) => {
      db = openWardsideDatabase(options.databaseName);
      // The boot read checked only what the face needs; the full parse has the last word, so a
      // tablet whose stored enrolment is damaged elsewhere goes back to setup, as it always did.
      if (device.getState().enrolment !== null && (await readEnrolment(db)) === null) {
        device.setState({ enrolment: null });
      }
      return createWorkspace({
        db,
        device,
        transport: options.transport,
        storage: options.storage ?? (typeof navigator === 'undefined' ? undefined : navigator.storage),
        eventTarget: options.eventTarget ?? (typeof window === 'undefined' ? undefined : window),
      });
    }));
  return {
    device,
    workspace: loadWorkspace,
    close: async () => {
      if (workspace) await (await workspace).stop();
      db?.close();
    },
  };
}
