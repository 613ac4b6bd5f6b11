// Applying a push batch (SPEC PUSH-1 to PUSH-6): one transaction, under the ward's lock, that applies
// each mutation in order and stores the device's last applied mutation id with them, and the identifier
// flags of the feedback and notes it stored (PUSH-6). If anything throws, none of it happened, and the
// device sends the same batch again.
import type { Kysely } from 'kysely';
import { err, ok, type Result } from '../../domain/shared/result';
import type { MutationResult, PushRequest, PushResponse } from '../../sync/protocol';
import { applyCreateMadeElsewhere, planCreate } from './apply-create';
import { applyIdeaChange } from './apply-idea-change';
import { skewOfBatch } from './clock-adjustments';
import type { DatabaseSchema } from './database-schema';
import { flagFor, insertIdentifierFlags, type PendingFlag } from './identifier-flags';
import { insertNewRecords, type PendingCreate } from './insert-new-records';
import type { MutationContext, MutationOutcome } from './mutation-outcome';
import { preparedQuery } from './prepared-query';
import { quarantineMutation } from './quarantine';
import { epochKey } from './server-epoch';
import type { AuthenticatedDevice } from './sync-store';
import { inWardTransaction, type WardLock } from './ward-lock';

// Read under the ward's lock: two batches from one device (a retry racing the original) then see each
// other's last mutation id instead of both applying. The epoch for the answer comes with it, one query
// fewer per batch. (Parameters in the order the SQL uses them: the subquery's key comes first.)
const readDevice = preparedQuery((db, key: string, deviceId: string) =>
  db
    .selectFrom('devices')
    .select((eb) => [
      'last_mutation_id',
      eb.selectFrom('server_meta').select('value').where('key', '=', key).as('epoch'),
    ])
    .where('id', '=', deviceId)
    .where('revoked_at', 'is', null),
);

const storeLastMutationId = preparedQuery(
  (db, lastMutationId: number, lastSeenAt: string, deviceId: string) =>
    db
      .updateTable('devices')
      .set({ last_mutation_id: lastMutationId, last_seen_at: lastSeenAt })
      .where('id', '=', deviceId),
);

export const applyPushBatch = (
  db: Kysely<DatabaseSchema>,
  wardLock: WardLock,
  epochOf: (db: Kysely<DatabaseSchema>) => Promise<string>,
  device: AuthenticatedDevice,
  request: PushRequest,
  serverNow: Date,
): Promise<Result<PushResponse, 'unauthorized'>> =>
  inWardTransaction(db, wardLock, device.wardId, async (transaction, seqs) => {
    const [row] = await readDevice(transaction, epochKey, device.id);
    if (row === undefined) return err('unauthorized' as const);

    const context: MutationContext = { transaction, device, seqs, serverNow };
    const outcomes: (MutationOutcome | undefined)[] = [];
    // Consecutive plain creates are inserted together; anything that reads stored records (an idea
    // change, a record made elsewhere) first waits for the creates before it, so order is kept.
    let run: (PendingCreate & { index: number })[] = [];
    // Only records stored now are checked: a repeat was checked when it was first stored.
    const flags: PendingFlag[] = [];
    const insertRun = async () => {
      const answers = await insertNewRecords(context, run);
      run.forEach(({ index, mutation, record }, position) => {
        const answer = answers[position];
        outcomes[index] = answer;
        const flag = answer?.status === 'applied' ? flagFor(mutation.recordType, record) : undefined;
        if (flag !== undefined) flags.push(flag);
      });
      run = [];
    };

    let lastMutationId = Number(row.last_mutation_id);
    for (const [index, mutation] of request.mutations.entries()) {
      // At or below the last applied id: already answered once (PUSH-2). This also covers an id that
      // does not increase within the batch, which PUSH-1 forbids.
      if (mutation.mutationId <= lastMutationId) {
        outcomes[index] = { status: 'duplicate' };
        continue;
      }
      lastMutationId = mutation.mutationId;
      if (mutation.kind === 'change-idea') {
        await insertRun();
        outcomes[index] = await applyIdeaChange(context, mutation);
        continue;
      }
      const plan = planCreate(context, mutation);
      if (plan.kind === 'answered') outcomes[index] = plan.outcome;
      else if (plan.kind === 'insert') run.push({ index, mutation, record: plan.record });
      else {
        await insertRun();
        outcomes[index] = await applyCreateMadeElsewhere(context, mutation, plan.record);
      }
    }
    await insertRun();
    await insertIdentifierFlags(transaction, device.wardId, flags, serverNow);

    const results: MutationResult[] = [];
    for (const [index, mutation] of request.mutations.entries()) {
      const outcome = outcomes[index];
      if (outcome === undefined) throw new Error('A mutation was left unanswered.');
      if (outcome.status === 'rejected') {
        await quarantineMutation(transaction, device, mutation, outcome.reason, serverNow);
      }
      results.push({ mutationId: mutation.mutationId, recordId: mutation.recordId, ...outcome });
    }
    await storeLastMutationId(transaction, lastMutationId, serverNow.toISOString(), device.id);
    return ok({
      epoch: row.epoch ?? (await epochOf(transaction)),
      results,
      lastAppliedMutationId: lastMutationId,
      clockSkewMs: skewOfBatch(request.sentAt, serverNow),
    });
  });
