// The quarantine: every rejected mutation with its payload and reason (SPEC PUSH-4), so that nothing
// a tablet sent is ever discarded. An admin can look at, and later replay, what is kept here.
import type { Kysely, Transaction } from 'kysely';
import type { Mutation } from '../../sync/protocol';
import type { DatabaseSchema } from './database-schema';
import type { AuthenticatedDevice, QuarantinedMutation } from './sync-store';

export const quarantineMutation = async (
  transaction: Transaction<DatabaseSchema>,
  device: AuthenticatedDevice,
  mutation: Mutation,
  reason: string,
  receivedAt: Date,
): Promise<void> => {
  await transaction
    .insertInto('quarantine')
    .values({
      ward_id: device.wardId,
      device_id: device.id,
      mutation_id: mutation.mutationId,
      record_type: mutation.recordType,
      record_id: mutation.recordId,
      payload: JSON.stringify(mutation),
      reason,
      received_at: receivedAt.toISOString(),
    })
    .execute();
};

export const listQuarantine = async (
  db: Kysely<DatabaseSchema>,
  wardId: string,
): Promise<QuarantinedMutation[]> => {
  const rows = await db
    .selectFrom('quarantine')
    .selectAll()
    .where('ward_id', '=', wardId)
    .orderBy('id')
    .execute();
  return rows.map((row) => {
    const payload: unknown = JSON.parse(row.payload);
    return {
      id: Number(row.id),
      wardId: row.ward_id,
      deviceId: row.device_id,
      mutationId: Number(row.mutation_id),
      recordType: row.record_type,
      recordId: row.record_id,
      payload,
      reason: row.reason,
      receivedAt: row.received_at,
    };
  });
};
