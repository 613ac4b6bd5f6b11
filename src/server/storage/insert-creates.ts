// Inserting a run of creates from one batch with one INSERT (SPEC PUSH-3, PULL-1). One statement per
// run instead of per record is what keeps server ingest close to a bare batched insert.
//
// The primary key still decides what is new, with ON CONFLICT DO NOTHING; nothing is looked up first.
// The rows are given the next seqs in order; the inserted-row count (or, when short, the seqs at or above
// the first one) says which went in. When some did not (their id was taken: a repeat, or a reused id), the
// seqs of those that did are closed up, so the ward's seqs stay gap-free, and the rest are resolved
// against what is stored, one by one.
import { CompiledQuery, type Insertable, type Transaction } from 'kysely';
import type { AnyRecord } from '../../domain/records';
import { resolveAgainstStored, type CreateMutation } from './apply-create';
import type { DatabaseSchema } from './database-schema';
import type { MutationContext, MutationOutcome } from './mutation-outcome';
import { loadStoredRecord } from './stored-records';

export type PendingCreate = { mutation: CreateMutation; record: AnyRecord };

type RecordRow = Insertable<DatabaseSchema['records']>;

/**
 * The INSERT's SQL for `rows`, built by Kysely once per dialect and row count and then reused:
 * building and compiling a 100-row, 700-parameter query on every batch cost about as much as running
 * it. The parameters are then each row's values in key order, which is the column order Kysely used,
 * because every row comes from the one object literal in `insertCreates`.
 */
const insertSqlCache = new WeakMap<object, Map<number, string>>();

const insertSqlFor = (transaction: Transaction<DatabaseSchema>, rows: readonly RecordRow[]): string => {
  // Keyed by the adapter, one object per Kysely instance: its dialect decides the placeholders.
  const key = transaction.getExecutor().adapter;
  const byRowCount = insertSqlCache.get(key) ?? new Map<number, string>();
  insertSqlCache.set(key, byRowCount);
  const cached = byRowCount.get(rows.length);
  if (cached !== undefined) return cached;
  const { sql } = transaction
    .insertInto('records')
    .values(rows)
    .onConflict((conflict) => conflict.column('id').doNothing())
    .compile();
  byRowCount.set(rows.length, sql);
  return sql;
};

/** Inserts the creates (at most a batch, 100) and answers each, in order. */
export const insertCreates = async (
  context: MutationContext,
  pending: readonly PendingCreate[],
): Promise<MutationOutcome[]> => {
  const { device, seqs, serverNow, transaction } = context;
  if (pending.length === 0) return [];
  const firstSeq = seqs.next();
  const receivedAt = serverNow.toISOString();
  const rows = pending.map(({ mutation, record }, index): RecordRow => ({
    id: record.id,
    ward_id: device.wardId,
    record_type: mutation.recordType,
    body: JSON.stringify(record),
    seq: firstSeq + index,
    created_by_device: device.id,
    received_at: receivedAt,
  }));
  const inserted = await transaction.executeQuery(
    CompiledQuery.raw(
      insertSqlFor(transaction, rows),
      rows.flatMap((row) => Object.values(row)),
    ),
  );
  // Usually every row goes in, and the count says so without RETURNING. Otherwise the seqs at or
  // above firstSeq are exactly the rows this insert made: no other row of the ward has one yet.
  const insertedCount = Number(inserted.numAffectedRows ?? 0n);
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
