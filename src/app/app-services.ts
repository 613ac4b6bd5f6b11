/**
 * The composition root of the data layer: opens this tablet's database and reads its enrolment,
 * which decides what the tablet may show. This module is a lazy chunk (main.tsx), and everything
 * beyond the enrolment (repositories, the sync engine) is a further chunk, `workspace.ts`, fetched
 * when a screen needs it, or after the first paint on a kiosk, whose first load has a budget.
 */
import { openWardsideDatabase } from '../data/db';
import { readEnrolment } from '../data/sync-state-repository';
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

/** Opens this tablet's database and reads its enrolment. */
export async function createAppServices(options: AppServicesOptions = {}): Promise<AppServices> {
  const db = openWardsideDatabase(options.databaseName);
  const stored = await readEnrolment(db);
  const device = createDeviceStore({
    enrolment: stored && { deviceId: stored.deviceId, role: stored.role, wardName: stored.ward.name },
  });
  let workspace: Promise<Workspace> | undefined;
  const loadWorkspace = () =>
    (workspace ??= import('./workspace').then(({ createWorkspace }) =>
      createWorkspace({
        db,
        device,
        transport: options.transport,
        storage: options.storage ?? (typeof navigator === 'undefined' ? undefined : navigator.storage),
        eventTarget: options.eventTarget ?? (typeof window === 'undefined' ? undefined : window),
      }),
    ));
  return {
    device,
    workspace: loadWorkspace,
    close: async () => {
      if (workspace) await (await workspace).stop();
      db.close();
    },
  };
}
