// Inserting a run of creates from one batch with one INSERT (SPEC PUSH-3, PULL-1). One statement per
// run instead of per record is what keeps server ingest close to a bare batched insert.
//
// The primary key still decides what is new, with ON CONFLICT DO NOTHING; nothing is looked up first.
// The rows are given the next seqs in order; the inserted-row count (or, when short, the seqs at or above
// the first one) says which went in. When some did not (their id was taken: a repeat, or a reused id), the
// seqs of those that did are closed up, so the ward's seqs stay gap-free, and the rest are resolved
// against what is stored, one by one.
import type { AnyRecord } from '../../domain/records';
import { resolveAgainstStored, type CreateMutation } from './apply-create';
import type { MutationContext, MutationOutcome } from './mutation-outcome';
import { loadStoredRecord } from './stored-records';

export type PendingCreate = { mutation: CreateMutation; record: AnyRecord };

/** Inserts the creates (at most a batch, 100) and answers each, in order. */
export const insertCreates = async (
  context: MutationContext,
  pending: readonly PendingCreate[],
): Promise<MutationOutcome[]> => {
  const { device, seqs, serverNow, transaction } = context;
  if (pending.length === 0) return [];
  const firstSeq = seqs.next();
  const receivedAt = serverNow.toISOString();
  const inserted = await transaction
    .insertInto('records')
    .values(
      pending.map(({ mutation, record }, index) => ({
        id: record.id,
        ward_id: device.wardId,
        record_type: mutation.recordType,
        body: JSON.stringify(record),
        seq: firstSeq + index,
        created_by_device: device.id,
        received_at: receivedAt,
      })),
    )
    .onConflict((conflict) => conflict.column('id').doNothing())
    .executeTakeFirst();
  // Usually every row goes in, and the count says so without RETURNING. Otherwise the seqs at or
  // above firstSeq are exactly the rows this insert made: no other row of the ward has one yet.
  const insertedCount = Number(inserted.numInsertedOrUpdatedRows ?? 0n);
  const insertedSeqs =
    insertedCount === pending.length
      ? new Set(pending.map((_, index) => firstSeq + index))
      : new Set(
          (
            await transaction
              .selectFrom('records')
              .select('seq')
              .where('ward_id', '=', device.wardId)
              .where('seq', '>=', firstSeq)
              .execute()
          ).map((row) => Number(row.seq)),
        );

  const outcomes: MutationOutcome[] = [];
  for (const [index, { record }] of pending.entries()) {
    if (!insertedSeqs.has(firstSeq + index)) continue;
    const seq = seqs.take();
    if (seq !== firstSeq + index) {
      // Moving down in order never collides: every seq below is free or already moved.
      await transaction
        .updateTable('records')
        .set({ seq })
        .where('id', '=', record.id)
        .where('seq', '=', firstSeq + index)
        .execute();
    }
    outcomes[index] = { status: 'applied' };
  }
  for (const [index, { mutation, record }] of pending.entries()) {
    if (outcomes[index] !== undefined) continue;
    const stored = await loadStoredRecord(transaction, mutation.recordId);
    if (stored === undefined) throw new Error('A record that blocked an insert is gone.');
    outcomes[index] = await resolveAgainstStored(context, mutation, record, stored);
  }
  return outcomes;
};
