// Inserting a run of creates from one push batch with one INSERT (SPEC PUSH-3, PULL-1). One statement
// per run instead of per record is what keeps server ingest close to a bare batched insert: on
// PostgreSQL each statement is a round trip, and on SQLite each goes through Kysely's executor, which
// costs more than SQLite saves on one-row statements (measured: 100 one-row INSERTs per batch made
// ingest slower, not faster).
//
// The primary key still decides what is new, with ON CONFLICT DO NOTHING; nothing is looked up first.
// The rows are given the next seqs in order; the inserted-row count (or, when short, the seqs at or
// above the first one) says which went in. When some did not (their id was taken: a repeat, or a
// reused id), the seqs of those that did are closed up, so the ward's seqs stay gap-free, and the rest
// are resolved against what is stored, one by one.
import { CompiledQuery, type Insertable, type Transaction } from 'kysely';
import type { AnyRecord } from '../../domain/records';
import { resolveAgainstStored, type CreateMutation } from './apply-create';
import type { DatabaseSchema } from './database-schema';
import type { MutationContext, MutationOutcome } from './mutation-outcome';
import { sqlOf } from './prepared-query';
import { loadStoredRecord } from './stored-records';

export type PendingCreate = { mutation: CreateMutation; record: AnyRecord };

type RecordRow = Insertable<DatabaseSchema['records']>;

/**
 * The rows' values in the order of the row object literal in `insertNewRecords`, which is the column
 * order Kysely writes. Read field by field: `Object.values` and a flattening map cost about twice
 * what serialising the bodies does.
 */
const parametersOf = (rows: readonly RecordRow[]): unknown[] => {
  const parameters: unknown[] = [];
  for (const row of rows) {
    parameters.push(
      row.id,
      row.ward_id,
      row.record_type,
      row.body,
      row.seq,
      row.created_by_device,
      row.received_at,
    );
  }
  return parameters;
};

/**
 * The INSERT's SQL for `rows`, built by Kysely once per database and row count and then reused:
 * building and compiling a 100-row, 700-parameter query on every batch cost about as much as running
 * it. The first compile checks that Kysely's parameters are `parameters` (`sqlOf`), so the SQL's
 * column order and `parametersOf` cannot drift apart.
 */
const insertSqlCache = new WeakMap<object, Map<number, string>>();

const insertSqlFor = (
  transaction: Transaction<DatabaseSchema>,
  rows: readonly RecordRow[],
  parameters: readonly unknown[],
): string => {
  // Keyed by the adapter, one object per Kysely instance: its dialect decides the placeholders.
  const key = transaction.getExecutor().adapter;
  const byRowCount = insertSqlCache.get(key) ?? new Map<number, string>();
  insertSqlCache.set(key, byRowCount);
  const cached = byRowCount.get(rows.length);
  if (cached !== undefined) return cached;
  const query = transaction
    .insertInto('records')
    .values([...rows])
    .onConflict((conflict) => conflict.column('id').doNothing());
  const sql = sqlOf(query, parameters);
  byRowCount.set(rows.length, sql);
  return sql;
};

/** Inserts the creates (at most a batch, 100) and answers each, in order. */
export const insertNewRecords = async (
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
  const parameters = parametersOf(rows);
  const inserted = await transaction.executeQuery(
    CompiledQuery.raw(insertSqlFor(transaction, rows, parameters), parameters),
  );

  // Usually every row goes in, and the count says so without RETURNING: each takes its seq in turn.
  if (Number(inserted.numAffectedRows ?? 0n) === pending.length) {
    for (let index = 0; index < pending.length; index += 1) seqs.take();
    return pending.map((): MutationOutcome => ({ status: 'applied' }));
  }

  // Otherwise the seqs at or above firstSeq are exactly the rows this insert made: no other row of
  // the ward has one yet.
  const insertedSeqs = new Set(
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
