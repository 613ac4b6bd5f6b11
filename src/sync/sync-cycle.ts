/**
 * One sync cycle: refresh the ward's settings, push the outbox in batches until it is empty, then
 * pull pages until the server has no more. The order matters: pushing first means a pull brings back
 * this device's own changes as the server stored them (clamped times, re-stamped fields, CLOCK-2),
 * and a cycle that ends with no failure leaves the device holding everything the server had.
 *
 * - An outbox entry leaves only once the server answered it (PUSH-5); a rejected one leaves too, as
 *   the server keeps it in quarantine (PUSH-4), and is counted for the status.
 * - Each pull page is applied with its cursor in one transaction (PULL-3).
 * - An answer from a server with a new epoch queues everything again and starts over from the push
 *   (EPOCH-1), at most a few times per cycle so that a flapping epoch cannot spin.
 */
import { applyPulledPage } from '../data/apply-pulled-page';
import type { WardsideDatabase } from '../data/db';
import { takeBatch } from '../data/outbox';
import { removeAnswered } from '../data/remove-answered';
import { readSyncState, type StoredEnrolment } from '../data/sync-state-repository';
import { checkEpoch } from './check-epoch';
import { refreshWard } from './enrol-device';
import { MAX_PULL_LIMIT } from './protocol';
import { toMutation } from './to-mutation';
import type { SyncTransport, TransportFailure, TransportResult } from './transport';

/** What a cycle did, whether or not it finished. */
export type CycleReport = {
  /** Mutations the server answered. */
  answeredCount: number;
  /** Of those, rejected (and quarantined by the server). */
  rejectedCount: number;
  /** Pulled records that did not parse. */
  skippedCount: number;
  /** From the last push answer (CLOCK-1). */
  clockSkewMs: number | null;
  /** When a push was last answered in this cycle. */
  lastSentAt: string | null;
  /** When a request last reached the server in this cycle (ENG-4). */
  reachedServerAt: string | null;
};

export type CycleOutcome =
  { kind: 'done'; report: CycleReport } | { kind: 'failed'; failure: TransportFailure; report: CycleReport };

export type CycleContext = {
  db: WardsideDatabase;
  transport: SyncTransport;
  now: () => Date;
  enrolment: StoredEnrolment;
};

/** How many times one cycle starts over for a new epoch before it gives up until the next cycle. */
const MAX_EPOCH_RESTARTS = 3;

type Step = { kind: 'continue' } | { kind: 'restart' } | { kind: 'failed'; failure: TransportFailure };

const CONTINUE: Step = { kind: 'continue' };
const RESTART: Step = { kind: 'restart' };

export const runSyncCycle = async ({
  db,
  transport,
  now,
  enrolment,
}: CycleContext): Promise<CycleOutcome> => {
  const report: CycleReport = {
    answeredCount: 0,
    rejectedCount: 0,
    skippedCount: 0,
    clockSkewMs: null,
    lastSentAt: null,
    reachedServerAt: null,
  };
  const noteAnswer = <Body>(answer: TransportResult<Body>): TransportResult<Body> => {
    if (answer.kind !== 'unreachable') report.reachedServerAt = now().toISOString();
    return answer;
  };
  // The epoch this cycle has already found stored: every answer carries it (a push answer per batch,
  // a pull answer per page), and only checkEpoch writes it, so the same epoch again needs no read.
  let storedEpoch: string | null = null;
  const epochStep = async (epoch: string): Promise<Step> => {
    if (epoch === storedEpoch) return CONTINUE;
    const check = await checkEpoch(db, epoch, now());
    storedEpoch = check === 'same' ? epoch : null;
    return check === 'same' ? CONTINUE : RESTART;
  };

  const refresh = async (): Promise<Step> => {
    const answer = await refreshWard({ db, transport });
    if (!answer.isOk) {
      noteAnswer(answer.error);
      return { kind: 'failed', failure: answer.error };
    }
    noteAnswer({ kind: 'ok', body: null });
    return epochStep(answer.value.epoch);
  };

  const push = async (): Promise<Step> => {
    // Below or at this id nothing is left to send: each batch whose every entry was answered moves it
    // to the batch's last id (its entries are removed, and new entries get higher ids).
    let sentUpTo = 0;
    for (;;) {
      const batch = await takeBatch(db, {}, { after: sentUpTo });
      if (batch.length === 0) return CONTINUE;
      const answer = noteAnswer(
        await transport.push(enrolment.token, {
          sentAt: now().toISOString(),
          mutations: batch.map(toMutation),
        }),
      );
      if (answer.kind !== 'ok') return { kind: 'failed', failure: answer };
      // Answers from a server with a new epoch describe a database this device no longer trusts:
      // everything is queued again instead.
      const epoch = await epochStep(answer.body.epoch);
      if (epoch.kind !== 'continue') return epoch;
      const batchIds = new Set(batch.map((entry) => entry.mutationId));
      const answered = answer.body.results
        .filter((result) => batchIds.has(result.mutationId))
        .map((result) => ({ mutationId: result.mutationId, isRejected: result.status === 'rejected' }));
      // A server that answers none of a batch would have this loop send it for ever.
      if (answered.length === 0) return { kind: 'failed', failure: { kind: 'retry', status: 200 } };
      await removeAnswered(db, answered);
      const answeredIds = new Set(answered.map((result) => result.mutationId));
      if (answeredIds.size === batch.length) sentUpTo = batch.at(-1)?.mutationId ?? sentUpTo;
      report.answeredCount += answered.length;
      report.rejectedCount += answered.filter((answer) => answer.isRejected).length;
      report.clockSkewMs = answer.body.clockSkewMs;
      report.lastSentAt = now().toISOString();
    }
  };

  const pull = async (): Promise<Step> => {
    for (;;) {
      const { cursor } = await readSyncState(db);
      const answer = noteAnswer(await transport.pull(enrolment.token, { cursor, limit: MAX_PULL_LIMIT }));
      if (answer.kind !== 'ok') return { kind: 'failed', failure: answer };
      const epoch = await epochStep(answer.body.epoch);
      if (epoch.kind !== 'continue') return epoch;
      const applied = await applyPulledPage(db, answer.body, now());
      report.skippedCount += applied.skippedCount;
      // A page that does not move the cursor on would be pulled again for ever.
      if (!answer.body.hasMore || answer.body.nextCursor <= cursor) return CONTINUE;
    }
  };

  for (let restarts = 0; restarts <= MAX_EPOCH_RESTARTS; restarts += 1) {
    let step = await refresh();
    if (step.kind === 'continue') step = await push();
    if (step.kind === 'continue') step = await pull();
    if (step.kind === 'continue') return { kind: 'done', report };
    if (step.kind === 'failed') return { kind: 'failed', failure: step.failure, report };
  }
  return { kind: 'failed', failure: { kind: 'retry', status: 200 }, report };
};
