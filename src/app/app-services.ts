/**
 * The composition root of the data layer: reads this tablet's enrolment, which decides what the
 * tablet may show. Every first paint waits for this, and main.tsx starts it before React's first
 * render, so it is part of the entry and holds only the boot read: read-device-face.ts (plain
 * IndexedDB, a few checked fields). The database (Dexie), the full enrolment and everything beyond
 * it (repositories, the sync engine) are further chunks, fetched when a screen needs them, or after
 * the first paint on a kiosk, whose first load has a budget.
 */
import { readDeviceFace } from '../data/read-device-face';
import type { PersistentStorage } from '../sync/enrol-device';
import type { SyncTransport } from '../sync/transport';
import { createDeviceStore, type DeviceStore } from './device-state';
import type { OpenedWorkspace } from './open-workspace';
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
  let opened: Promise<OpenedWorkspace> | undefined;
  let workspace: Promise<Workspace> | undefined;
  const loadWorkspace = () => {
    opened ??= import('./open-workspace').then(({ openWorkspace }) =>
      openWorkspace({
        databaseName: options.databaseName,
        device,
        transport: options.transport,
        storage: options.storage ?? (typeof navigator === 'undefined' ? undefined : navigator.storage),
        eventTarget: options.eventTarget ?? (typeof window === 'undefined' ? undefined : window),
      }),
    );
    return (workspace ??= opened.then((result) => result.workspace));
  };
  return {
    device,
    workspace: loadWorkspace,
    close: async () => {
      if (opened) await (await opened).close();
    },
  };
}
