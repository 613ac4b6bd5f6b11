// Sync throughput (DESIGN.md budget: 10,000 records device → server → second device ≤ 5 s on
// loopback). Tablet A holds 10,000 notes in its outbox; its sync cycle pushes them in batches of 100
// to the real server app on SQLite (through the in-memory network: `app.inject`, no socket) and pulls
// them back as the engine always does; then tablet B's cycle pulls them in pages of 500. Each run has
// a fresh network, server database and tablets; reported as medians of 3.
//
// The baseline, measured in the same runs, is the floor of the same work without sync: the same
// notes written once where they must end up, a Dexie `bulkPut` into a fresh tablet database and a
// bare better-sqlite3 batched insert of the server's rows (bare-batched-insert.ts).
//
// IndexedDB is fake-indexeddb, so it must be installed before Dexie loads: keep this import first.
import 'fake-indexeddb/auto';
import { openWardsideDatabase } from '../../src/data/db';
import type { Note } from '../../src/domain/notes/note';
import { MAX_PULL_LIMIT, MAX_PUSH_MUTATIONS } from '../../src/sync/protocol';
import { createInMemoryNetwork } from '../support/in-memory-transport';
import { seedNotes } from '../sync/support/seed-notes';
import { bareBatchedInsert, recordRowsOf } from './bare-batched-insert';
import { createBenchDevice } from './bench-device';
import { openBenchServerDatabase } from './bench-server-database';
import type { Benchmark } from './benchmark';
import { formatCount, formatMilliseconds, median, timeAsync } from './statistics';

const NOTE_COUNT = 10_000;
const RUN_COUNT = 3;
const TOTAL_BUDGET_MS = 5_000;

type SyncRun = {
  pushMilliseconds: number;
  pushWaitingMilliseconds: number;
  pullMilliseconds: number;
  pullWaitingMilliseconds: number;
  totalMilliseconds: number;
  pushRequests: number;
  pullRequests: number;
};

type BaselineRun = { dexieMilliseconds: number; sqliteMilliseconds: number; totalMilliseconds: number };

/** One sync of NOTE_COUNT notes from A through the server to B; returns the notes, for the baseline. */
const syncOnce = async (): Promise<{ run: SyncRun; notes: Note[] }> => {
  const network = await createInMemoryNetwork();
  const devices = [];
  try {
    const ward = await network.createWard();
    const a = await createBenchDevice(network, ward.id);
    devices.push(a);
    const b = await createBenchDevice(network, ward.id);
    devices.push(b);
    const notes = await seedNotes(a, NOTE_COUNT);
    a.resetTransportMilliseconds();
    b.resetTransportMilliseconds();
    const beforePush = network.serverHits();
    const push = await timeAsync(() => network.deliverUntil(a.engine.syncNow()));
    const beforePull = network.serverHits();
    const pull = await timeAsync(() => network.deliverUntil(b.engine.syncNow()));
    const afterPull = network.serverHits();

    const received = await b.db.notes.count();
    const pending = a.engine.getStatus().pendingCount;
    if (received !== NOTE_COUNT || pending !== 0) {
      throw new Error(`Sync moved ${received} of ${NOTE_COUNT} notes, leaving ${pending} pending on A.`);
    }
    const hitsBetween = (
      before: ReadonlyMap<string, number>,
      after: ReadonlyMap<string, number>,
      path: string,
    ) => (after.get(path) ?? 0) - (before.get(path) ?? 0);
    return {
      notes,
      run: {
        pushMilliseconds: push.milliseconds,
        pushWaitingMilliseconds: a.transportMilliseconds(),
        pullMilliseconds: pull.milliseconds,
        pullWaitingMilliseconds: b.transportMilliseconds(),
        totalMilliseconds: push.milliseconds + pull.milliseconds,
        pushRequests: hitsBetween(beforePush, beforePull, '/api/v1/sync/push'),
        pullRequests: hitsBetween(beforePull, afterPull, '/api/v1/sync/pull'),
      },
    };
  } finally {
    await network.close();
    await Promise.all(devices.map(({ db }) => db.delete()));
  }
};

let baselineDatabaseCount = 0;

/** The same notes written once on a fresh tablet and once on a fresh server database. */
const baselineOnce = async (notes: readonly Note[]): Promise<BaselineRun> => {
  const db = openWardsideDatabase(`bench-baseline-${process.pid}-${++baselineDatabaseCount}`);
  const server = await openBenchServerDatabase(new Date());
  try {
    await db.open();
    const dexie = await timeAsync(() => db.notes.bulkPut([...notes]));
    await server.closeDatabase();
    const rows = recordRowsOf(notes, server.device, new Date());
    const sqliteMilliseconds = bareBatchedInsert(server.sqliteFile, rows, MAX_PUSH_MUTATIONS);
    return {
      dexieMilliseconds: dexie.milliseconds,
      sqliteMilliseconds,
      totalMilliseconds: dexie.milliseconds + sqliteMilliseconds,
    };
  } finally {
    await db.delete();
    await server.remove();
  }
};

const medianOf = <Run>(runs: readonly Run[], pick: (run: Run) => number) => median(runs.map(pick));

export const syncThroughput: Benchmark = {
  name: 'sync-throughput',
  run: async () => {
    const syncRuns: SyncRun[] = [];
    const baselineRuns: BaselineRun[] = [];
    for (let run = 0; run < RUN_COUNT; run += 1) {
      const { run: measured, notes } = await syncOnce();
      syncRuns.push(measured);
      baselineRuns.push(await baselineOnce(notes));
    }
    const sync = {
      push: medianOf(syncRuns, (run) => run.pushMilliseconds),
      pushWaiting: medianOf(syncRuns, (run) => run.pushWaitingMilliseconds),
      pull: medianOf(syncRuns, (run) => run.pullMilliseconds),
      pullWaiting: medianOf(syncRuns, (run) => run.pullWaitingMilliseconds),
      total: medianOf(syncRuns, (run) => run.totalMilliseconds),
    };
    const baseline = {
      dexie: medianOf(baselineRuns, (run) => run.dexieMilliseconds),
      sqlite: medianOf(baselineRuns, (run) => run.sqliteMilliseconds),
      total: medianOf(baselineRuns, (run) => run.totalMilliseconds),
    };
    const [firstRun] = syncRuns;
    const budgetFailures =
      sync.total > TOTAL_BUDGET_MS
        ? [
            `syncing ${formatCount(NOTE_COUNT)} notes tablet → server → tablet took ${formatMilliseconds(sync.total)} ms, over its budget of ${formatMilliseconds(TOTAL_BUDGET_MS)} ms`,
          ]
        : [];
    return {
      budgetFailures,
      json: {
        notes: NOTE_COUNT,
        runs: RUN_COUNT,
        unit: 'milliseconds',
        medians: { sync, baseline },
        budgetTotalMilliseconds: TOTAL_BUDGET_MS,
        syncRuns,
        baselineRuns,
        baselineDescription:
          'Dexie bulkPut of the same notes into a fresh tablet database on fake-indexeddb, plus a bare better-sqlite3 insert of the same rows into a fresh server database (prepared statement, one transaction per 100)',
        indexedDb: 'fake-indexeddb in Node, standing in for the browser IndexedDB',
      },
      table: {
        title: `Sync ${formatCount(NOTE_COUNT)} notes, tablet A → server (SQLite) → tablet B (median of ${RUN_COUNT}, ms)`,
        columns: ['step', 'ms', 'waiting on server ms', 'budget ms'],
        rows: [
          [
            `push: A's cycle (${firstRun?.pushRequests ?? 0} pushes, then pulls its own back)`,
            formatMilliseconds(sync.push),
            formatMilliseconds(sync.pushWaiting),
            '-',
          ],
          [
            `pull: B's cycle (${firstRun?.pullRequests ?? 0} pages of up to ${MAX_PULL_LIMIT})`,
            formatMilliseconds(sync.pull),
            formatMilliseconds(sync.pullWaiting),
            '-',
          ],
          ['total', formatMilliseconds(sync.total), '-', formatMilliseconds(TOTAL_BUDGET_MS)],
          ['baseline: Dexie bulkPut into a fresh tablet DB', formatMilliseconds(baseline.dexie), '-', '-'],
          ['baseline: bare better-sqlite3 batched insert', formatMilliseconds(baseline.sqlite), '-', '-'],
          ['baseline total (floor without sync)', formatMilliseconds(baseline.total), '-', '-'],
        ],
        notes: [
          'IndexedDB is fake-indexeddb in Node, standing in for the browser IndexedDB (pure JavaScript, slower than a browser)',
          'server: the real Fastify app on SQLite in a temp folder, reached through app.inject (loopback without a socket)',
          "waiting on server: time the engine waited for push/pull answers (server work, JSON both ways, parsing the answer); the rest is the tablet's own work (IndexedDB, parsing outbox entries and pulled records)",
          `total is ${(sync.total / baseline.total).toFixed(1)}x the baseline; runs, total ms: ${syncRuns.map((run) => formatMilliseconds(run.totalMilliseconds)).join(' / ')}`,
        ],
      },
    };
  },
};
