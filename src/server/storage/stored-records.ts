// Reading and writing rows of the records table inside a push transaction.
import type { Transaction } from 'kysely';
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
