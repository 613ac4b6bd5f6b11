// A tablet for the sync benchmark, built as tests/sync/support/test-device.ts builds one (its own
// IndexedDB, clock, repositories and the real sync engine on the in-memory network), but without
// src/data/testing/test-database.ts, which registers Vitest hooks and so cannot load outside Vitest;
// the clock and random bytes come from the same test environment.
// Its transport is timed: `transportMilliseconds` is the time the engine spent waiting for answers
// (the server's work, JSON both ways, and parsing the answer), the rest of a cycle is the device's.
import { openWardsideDatabase } from '../../src/data/db';
import { createIdeaRepository } from '../../src/data/idea-repository';
import { createNoteRepository } from '../../src/data/note-repository';
import { createTestEnvironment } from '../../src/data/testing/test-environment';
import { enrolDevice } from '../../src/sync/enrol-device';
import { createSyncEngine } from '../../src/sync/sync-engine';
import type { SyncTransport } from '../../src/sync/transport';
import { TEST_SERVER_START_MS, type InMemoryNetwork } from '../support/in-memory-transport';
import type { TestDevice } from '../sync/support/test-device';

export type BenchDevice = TestDevice & {
  /** Milliseconds spent waiting on push and pull answers since the last reset. */
  transportMilliseconds: () => number;
  resetTransportMilliseconds: () => void;
};

let databaseCount = 0;

const timed =
  <Arguments extends unknown[], Value>(
    call: (...args: Arguments) => Promise<Value>,
    addMilliseconds: (milliseconds: number) => void,
  ) =>
  async (...args: Arguments): Promise<Value> => {
    const started = performance.now();
    try {
      return await call(...args);
    } finally {
      addMilliseconds(performance.now() - started);
    }
  };

/** Enrols a new staff tablet on the ward; the network must be in auto mode. */
export const createBenchDevice = async (network: InMemoryNetwork, wardId: string): Promise<BenchDevice> => {
  const db = openWardsideDatabase(`bench-device-${process.pid}-${++databaseCount}`);
  const environment = createTestEnvironment(TEST_SERVER_START_MS, databaseCount);
  let waited = 0;
  const addWaited = (milliseconds: number) => {
    waited += milliseconds;
  };
  const inner = network.createTransport();
  const transport: SyncTransport = {
    ...inner,
    push: timed(inner.push, addWaited),
    pull: timed(inner.pull, addWaited),
  };
  const code = await network.createEnrolmentCode(wardId, 'staff');
  const enrolled = await network.deliverUntil(enrolDevice({ db, transport, code }));
  if (!enrolled.isOk) throw new Error(`Enrolment failed: ${enrolled.error}`);
  const engine = createSyncEngine({
    db,
    transport,
    now: environment.now,
    random: () => 0.5,
    setTimer: () => null,
    clearTimer: () => undefined,
  });
  return {
    db,
    environment,
    transport,
    engine,
    notes: createNoteRepository(db, environment),
    ideas: createIdeaRepository(db, environment),
    transportMilliseconds: () => waited,
    resetTransportMilliseconds: () => {
      waited = 0;
    },
  };
};
