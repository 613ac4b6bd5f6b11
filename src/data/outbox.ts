/**
 * The outbox: mutations this device has made and the server has not yet answered. Each entry is
 * written in the same transaction as the record it carries (SPEC ENG-1), so a record is never saved
 * without being queued, nor queued without being saved.
 *
 * Mutation ids come from IndexedDB's auto-increment key generator. It is per object store, it only
 * ever grows (deleting entries, even clearing the store, never lets an id come back), and it assigns
 * the id inside the writing transaction, so ids increase in commit order across the device's life.
 * That is what lets the server keep just the last applied id per device and answer any replay at or
 * below it as a duplicate (SPEC PUSH-1, PUSH-2). Only deleting the whole database resets it, and that
 * also deletes the device id, so the server then sees a new device.
 */
import { z } from 'zod/mini';
import { feedbackResponseSchema } from '../domain/feedback/feedback-response';
import { huddleSchema } from '../domain/huddles/huddle';
import { ideaSchema } from '../domain/ideas/idea';
import { ideaEventSchema } from '../domain/ideas/idea-event';
import { noteSchema } from '../domain/notes/note';
import type { RecordOfType, RecordType } from '../domain/records';
import { isoDateTimeSchema, uuidV7Schema } from '../domain/shared/record-base';
import type { WardsideDatabase } from './db';

const entryShape = {
  mutationId: z.int().check(z.positive()),
  recordId: uuidV7Schema,
  operation: z.literal('create'),
  /** When the device queued it (device clock). */
  queuedAt: isoDateTimeSchema,
};

/** An outbox entry as stored, discriminated by the type of record it carries. */
export const outboxEntrySchema = z
  .discriminatedUnion('recordType', [
    z.strictObject({
      ...entryShape,
      recordType: z.literal('feedbackResponse'),
      payload: feedbackResponseSchema,
    }),
    z.strictObject({ ...entryShape, recordType: z.literal('note'), payload: noteSchema }),
    z.strictObject({ ...entryShape, recordType: z.literal('idea'), payload: ideaSchema }),
    z.strictObject({ ...entryShape, recordType: z.literal('ideaEvent'), payload: ideaEventSchema }),
    z.strictObject({ ...entryShape, recordType: z.literal('huddle'), payload: huddleSchema }),
  ])
  .check(
    z.refine((entry) => entry.payload.id === entry.recordId, {
      message: 'must be the id of the record it carries',
      path: ['recordId'],
    }),
  );

/** A mutation waiting to be pushed. */
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

/**
 * Queues the creation of a record. Call it inside a `rw` transaction that includes `db.outbox` and
 * writes the record itself, so that both commit or neither does.
 *
 * @returns the mutation id IndexedDB assigned
 */
export const queueCreate = async <Type extends RecordType>(
  db: WardsideDatabase,
  recordType: Type,
  record: RecordOfType<Type>,
  queuedAt: Date,
): Promise<number> =>
  db.outbox.add({
    recordType,
    recordId: record.id,
    operation: 'create',
    payload: record,
    queuedAt: queuedAt.toISOString(),
  });

/** How many mutations are waiting to be sent. */
export const countOutbox = (db: WardsideDatabase): Promise<number> => db.outbox.count();

/**
 * The oldest waiting mutations first, up to `limit`, parsed. An entry that no longer parses is left
 * in place (never dropped) and reported by mutation id through `onCorruptEntry`.
 */
export const listOutbox = async (
  db: WardsideDatabase,
  limit: number,
  options: { onCorruptEntry?: (mutationId: number) => void } = {},
): Promise<OutboxEntry[]> => {
  const entries: OutboxEntry[] = [];
  if (limit <= 0) return entries;
  await db.outbox
    .orderBy(':id')
    .until(() => entries.length >= limit)
    .each((row, cursor) => {
      const parsed = outboxEntrySchema.safeParse(row);
      if (parsed.success) {
        entries.push(parsed.data);
      } else {
        options.onCorruptEntry?.(Number(cursor.primaryKey));
      }
    });
  return entries;
};
