// Server ingest on SQLite (DESIGN.md budget: ≥ 0.5 × a bare better-sqlite3 batched insert of the same
// rows). 10,000 notes go through the real SyncStore's `applyPushBatch` in batches of 100, as the push
// route hands them over after parsing the request; the baseline inserts the rows the store would write
// (JSON bodies made beforehand) with bare better-sqlite3, one transaction per 100. Each run of either
// starts on a fresh temporary database made the same way (bench-server-database.ts); runs alternate
// which goes first, so that a busy machine slows both alike. Reported as medians of 9: on a shared
// machine, 5 moved the ratio by a tenth from one run of the bench to the next.
import type { Note } from '../../src/domain/notes/note';
import { MAX_PUSH_MUTATIONS, type PushRequest } from '../../src/sync/protocol';
import { createMutation, makeNote, pushOf, baseTime } from '../contract/sync-fixtures';
import { bareBatchedInsert, recordRowsOf } from './bare-batched-insert';
import { openBenchServerDatabase } from './bench-server-database';
import type { Benchmark } from './benchmark';
import { formatCount, formatMilliseconds, median } from './statistics';

const NOTE_COUNT = 10_000;
const BATCH_SIZE = 100;
const RUN_COUNT = 9;
const MINIMUM_RATIO = 0.5;

/** Notes made once and given each run's ward and device, so both sides write the same bodies. */
const baseNotes: readonly Note[] = Array.from({ length: NOTE_COUNT }, (_, index) =>
  makeNote(
    { wardId: 'ward', deviceId: 'device' },
    { text: `Bench note ${index}: the ward was calm and the tea was hot.` },
  ),
);

const notesOf = (owner: { wardId: string; id: string }): Note[] =>
  baseNotes.map((note) => ({ ...note, wardId: owner.wardId, deviceId: owner.id }));

const pushRequestsOf = (notes: readonly Note[]): PushRequest[] => {
  const requests: PushRequest[] = [];
  for (let start = 0; start < notes.length; start += BATCH_SIZE) {
    const mutations = notes
      .slice(start, start + BATCH_SIZE)
      .map((note, offset) => createMutation(start + offset + 1, 'note', note));
    requests.push(pushOf(mutations, baseTime));
  }
  return requests;
};

/** Milliseconds for the SyncStore to take every batch; throws unless every note was applied. */
const ingestThroughStore = async (): Promise<number> => {
  const server = await openBenchServerDatabase(baseTime);
  try {
    const requests = pushRequestsOf(notesOf(server.device));
    const answers = [];
    const started = performance.now();
    for (const request of requests) {
      answers.push(await server.store.applyPushBatch(server.device, request, baseTime));
    }
    const milliseconds = performance.now() - started;
    const appliedCount = answers
      .flatMap((answer) => (answer.isOk ? answer.value.results : []))
      .filter((result) => result.status === 'applied').length;
    if (appliedCount !== NOTE_COUNT) {
      throw new Error(`The store applied ${appliedCount} of ${NOTE_COUNT} notes.`);
    }
    return milliseconds;
  } finally {
    await server.remove();
  }
};

/** Milliseconds for bare better-sqlite3 to insert the same rows into the same table shape. */
const ingestBare = async (): Promise<number> => {
  const server = await openBenchServerDatabase(baseTime);
  try {
    await server.closeDatabase();
    const rows = recordRowsOf(notesOf(server.device), server.device, baseTime);
    return bareBatchedInsert(server.sqliteFile, rows, BATCH_SIZE);
  } finally {
    await server.remove();
  }
};

const rowsPerSecond = (milliseconds: number) => (NOTE_COUNT * 1000) / milliseconds;

export const serverIngest: Benchmark = {
  name: 'server-ingest',
  run: async () => {
    if (BATCH_SIZE > MAX_PUSH_MUTATIONS) throw new Error('A bench batch must fit in one push.');
    // One round of each first, not counted: the first pass through the store's code is also the
    // JIT's, and would otherwise weigh on the store side only.
    await ingestThroughStore();
    await ingestBare();
    const storeRuns: number[] = [];
    const bareRuns: number[] = [];
    for (let run = 0; run < RUN_COUNT; run += 1) {
      if (run % 2 === 0) {
        storeRuns.push(await ingestThroughStore());
        bareRuns.push(await ingestBare());
      } else {
        bareRuns.push(await ingestBare());
        storeRuns.push(await ingestThroughStore());
      }
    }
    const storeMilliseconds = median(storeRuns);
    const bareMilliseconds = median(bareRuns);
    const ratio = rowsPerSecond(storeMilliseconds) / rowsPerSecond(bareMilliseconds);
    const budgetFailures =
      ratio < MINIMUM_RATIO
        ? [
            `server ingest on SQLite runs at ${ratio.toFixed(2)}x a bare batched insert, under its budget of ${MINIMUM_RATIO}x`,
          ]
        : [];
    return {
      budgetFailures,
      json: {
        notes: NOTE_COUNT,
        batchSize: BATCH_SIZE,
        runs: RUN_COUNT,
        storeMilliseconds: { median: storeMilliseconds, runs: storeRuns },
        bareMilliseconds: { median: bareMilliseconds, runs: bareRuns },
        storeRowsPerSecond: rowsPerSecond(storeMilliseconds),
        bareRowsPerSecond: rowsPerSecond(bareMilliseconds),
        ratio,
        minimumRatio: MINIMUM_RATIO,
      },
      table: {
        title: `Server ingest, SQLite: ${formatCount(NOTE_COUNT)} notes in batches of ${BATCH_SIZE} (median of ${RUN_COUNT})`,
        columns: ['path', 'ms', 'rows/s', 'ratio to bare', 'budget'],
        rows: [
          [
            'SyncStore.applyPushBatch',
            formatMilliseconds(storeMilliseconds),
            formatCount(rowsPerSecond(storeMilliseconds)),
            `${ratio.toFixed(2)}x`,
            `>= ${MINIMUM_RATIO}x`,
          ],
          [
            'bare better-sqlite3 (baseline)',
            formatMilliseconds(bareMilliseconds),
            formatCount(rowsPerSecond(bareMilliseconds)),
            '1.00x',
            '-',
          ],
        ],
        notes: [
          'store: what the push route calls after parsing the request (records parsed, clock rules, ward lock, seqs, device row), one transaction per batch',
          'baseline: the same rows (JSON bodies made beforehand) into the same migrated `records` table, one prepared INSERT per row, one transaction per 100',
          'each run on a fresh temporary SQLite database, opened with the server PRAGMAs (WAL, synchronous=NORMAL, foreign_keys, busy_timeout); one uncounted warm-up run of each first',
          `runs, ms: store ${storeRuns.map(formatMilliseconds).join(' / ')}; bare ${bareRuns.map(formatMilliseconds).join(' / ')}`,
        ],
      },
    };
  },
};
