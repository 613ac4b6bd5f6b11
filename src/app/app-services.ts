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
import { isSameFace, readCachedFace, writeCachedFace, type FaceCache } from './face-cache';
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
  /** Where the last face shown is kept as a start-up hint (face-cache.ts): localStorage on a device. */
  faceCache?: FaceCache;
};

/**
 * This tablet's face: at once from the hint when there is one, with IndexedDB read at the same time
 * and followed when it disagrees (a tablet whose enrolment went, or changed, follows the database);
 * otherwise once IndexedDB has answered. The hint then follows every change of face.
 */
const startDeviceStore = async ({ databaseName, faceCache }: AppServicesOptions): Promise<DeviceStore> => {
  const stored = readDeviceFace(databaseName);
  const hinted = faceCache ? readCachedFace(faceCache) : null;
  const device = createDeviceStore({ enrolment: hinted ?? (await stored) });
  if (hinted !== null) {
    void stored.then(
      (face) => {
        if (!isSameFace(face, device.getState().enrolment)) device.setState({ enrolment: face });
      },
      // The workspace opens the same database and shows its failure; the hint stands until then.
      () => undefined,
    );
  }
  if (faceCache) {
    writeCachedFace(faceCache, device.getState().enrolment);
    device.subscribe(() => writeCachedFace(faceCache, device.getState().enrolment));
  }
  return device;
};

/** Reads this tablet's enrolment; the database itself is opened with the workspace. */
export async function createAppServices(options: AppServicesOptions = {}): Promise<AppServices> {
  const device = await startDeviceStore(options);
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
