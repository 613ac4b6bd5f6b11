// A tablet for sync tests: its own IndexedDB (fake-indexeddb), device clock, repositories and sync
// engine, enrolled on the in-memory network's real server. Timers are inert unless the test passes
// its own: tests drive cycles with `syncNow()`.
import type { WardsideDatabase } from '../../../src/data/db';
import { createIdeaRepository, type IdeaRepository } from '../../../src/data/idea-repository';
import { createNoteRepository, type NoteRepository } from '../../../src/data/note-repository';
import {
  createTestEnvironment,
  openTestDatabase,
  type TestEnvironment,
} from '../../../src/data/testing/test-database';
import { enrolDevice } from '../../../src/sync/enrol-device';
import type { DeviceRole } from '../../../src/sync/protocol';
import { createSyncEngine, type SyncEngine, type SyncEngineOptions } from '../../../src/sync/sync-engine';
import type { SyncTransport } from '../../../src/sync/transport';
import { TEST_SERVER_START_MS, type InMemoryNetwork } from '../../support/in-memory-transport';

export type TestDevice = {
  db: WardsideDatabase;
  environment: TestEnvironment;
  transport: SyncTransport;
  engine: SyncEngine;
  notes: NoteRepository;
  ideas: IdeaRepository;
};

export type TestDeviceOptions = {
  seed: number;
  wardId: string;
  role?: DeviceRole;
  /** How far this tablet's clock is from the server's. */
  clockOffsetMs?: number;
  random?: () => number;
  engine?: Partial<Pick<SyncEngineOptions, 'setTimer' | 'clearTimer' | 'locks' | 'periodicSyncMs'>>;
};

/** Enrols a new tablet; the network must deliver (auto mode, or the test flushing). */
export const createTestDevice = async (
  network: InMemoryNetwork,
  options: TestDeviceOptions,
): Promise<TestDevice> => {
  const db = openTestDatabase(`sync-device-${options.seed}`);
  const environment = createTestEnvironment(
    TEST_SERVER_START_MS + (options.clockOffsetMs ?? 0),
    options.seed,
  );
  const transport = network.createTransport();
  const code = await network.createEnrolmentCode(options.wardId, options.role ?? 'staff');
  const enrolled = await network.deliverUntil(enrolDevice({ db, transport, code }));
  if (!enrolled.isOk) throw new Error(`Enrolment failed: ${enrolled.error}`);
  const engine = createSyncEngine({
    db,
    transport,
    now: environment.now,
    random: options.random ?? (() => 0.5),
    setTimer: options.engine?.setTimer ?? (() => null),
    clearTimer: options.engine?.clearTimer ?? (() => undefined),
    ...(options.engine?.locks ? { locks: options.engine.locks } : {}),
    ...(options.engine?.periodicSyncMs ? { periodicSyncMs: options.engine.periodicSyncMs } : {}),
  });
  return {
    db,
    environment,
    transport,
    engine,
    notes: createNoteRepository(db, environment),
    ideas: createIdeaRepository(db, environment),
  };
};

/** Runs `syncNow` on a device while the network delivers, whatever its mode. */
export const syncAndFlush = async (network: InMemoryNetwork, device: TestDevice): Promise<void> => {
  await network.deliverUntil(device.engine.syncNow());
};
