// Applying a push batch (SPEC PUSH-1 to PUSH-5): one transaction, under the ward's lock, that applies
// each mutation in order and stores the device's last applied mutation id with them. If anything
// throws, none of it happened, and the device sends the same batch again.
import type { Kysely } from 'kysely';
import { err, ok, type Result } from '../../domain/shared/result';
import type { MutationResult, PushRequest, PushResponse } from '../../sync/protocol';
import { applyCreate } from './apply-create';
import { applyIdeaChange } from './apply-idea-change';
import { skewOfBatch } from './clock-adjustments';
import type { DatabaseSchema } from './database-schema';
import type { MutationContext } from './mutation-outcome';
import { quarantineMutation } from './quarantine';
import type { AuthenticatedDevice } from './sync-store';
import { inWardTransaction, type WardLock } from './ward-lock';

export const applyPushBatch = (
  db: Kysely<DatabaseSchema>,
  wardLock: WardLock,
  epochOf: (db: Kysely<DatabaseSchema>) => Promise<string>,
  device: AuthenticatedDevice,
  request: PushRequest,
  serverNow: Date,
): Promise<Result<PushResponse, 'unauthorized'>> =>
  inWardTransaction(db, wardLock, device.wardId, async (transaction, seqs) => {
    // Read under the ward's lock: two batches from one device (a retry racing the original) then
    // see each other's last mutation id instead of both applying.
    const row = await transaction
      .selectFrom('devices')
      .select('last_mutation_id')
      .where('id', '=', device.id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (row === undefined) return err('unauthorized' as const);

    const context: MutationContext = { transaction, device, seqs, serverNow };
    const results: MutationResult[] = [];
    let lastMutationId = Number(row.last_mutation_id);
    for (const mutation of request.mutations) {
      const answer = { mutationId: mutation.mutationId, recordId: mutation.recordId };
      // At or below the last applied id: already answered once (PUSH-2). This also covers an id that
      // does not increase within the batch, which PUSH-1 forbids.
      if (mutation.mutationId <= lastMutationId) {
        results.push({ ...answer, status: 'duplicate' });
        continue;
      }
      const outcome =
        mutation.kind === 'create'
          ? await applyCreate(context, mutation)
          : await applyIdeaChange(context, mutation);
      if (outcome.status === 'rejected') {
        await quarantineMutation(transaction, device, mutation, outcome.reason, serverNow);
      }
      results.push({ ...answer, ...outcome });
      lastMutationId = mutation.mutationId;
    }

    await transaction
      .updateTable('devices')
      .set({ last_mutation_id: lastMutationId, last_seen_at: serverNow.toISOString() })
      .where('id', '=', device.id)
      .execute();
    return ok({
      epoch: await epochOf(transaction),
      results,
      lastAppliedMutationId: lastMutationId,
      clockSkewMs: skewOfBatch(request.sentAt, serverNow),
    });
  });
