// Reading and writing rows of the records table inside a push transaction.
import type { Transaction } from 'kysely';
import type { RecordType } from '../../domain/records';
import type { DatabaseSchema } from './database-schema';

export type StoredRecord = {
  wardId: string;
  recordType: string;
  /** The stored JSON, parsed but not yet checked against its schema. */
  body: unknown;
  receivedAt: string;
};

export const loadStoredRecord = async (
  transaction: Transaction<DatabaseSchema>,
  recordId: string,
): Promise<StoredRecord | undefined> => {
  const row = await transaction
    .selectFrom('records')
    .select(['ward_id', 'record_type', 'body', 'received_at'])
    .where('id', '=', recordId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const body: unknown = JSON.parse(row.body);
  return { wardId: row.ward_id, recordType: row.record_type, body, receivedAt: row.received_at };
};

export type NewRecordRow = {
  id: string;
  wardId: string;
  recordType: RecordType;
  record: unknown;
  seq: number;
  deviceId: string;
  receivedAt: string;
};

/**
 * Inserts a record unless its id is taken, which the primary key decides (SPEC PUSH-3): no look-up
 * first, so two pushes of one record, through two servers, cannot both insert it. True if inserted.
 */
export const insertRecordIfNew = async (
  transaction: Transaction<DatabaseSchema>,
  row: NewRecordRow,
): Promise<boolean> => {
  const result = await transaction
    .insertInto('records')
    .values({
      id: row.id,
      ward_id: row.wardId,
      record_type: row.recordType,
      body: JSON.stringify(row.record),
      seq: row.seq,
      created_by_device: row.deviceId,
      received_at: row.receivedAt,
    })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
};

/** Stores a record's new state at a new seq, so it is pulled again, once, in its latest state (PULL-2). */
export const updateRecord = async (
  transaction: Transaction<DatabaseSchema>,
  recordId: string,
  record: unknown,
  seq: number,
): Promise<void> => {
  await transaction
    .updateTable('records')
    .set({ body: JSON.stringify(record), seq })
    .where('id', '=', recordId)
    .execute();
};
