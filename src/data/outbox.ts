/**
 * The outbox: mutations this device has made and the server has not yet answered. Each entry is
 * written in the same transaction as the record it carries (SPEC ENG-1), so a record is never saved
 * without being queued, nor queued without being saved. An entry is either the creation of a record
 * or an edit of some of an idea's fields (`change-idea`, with each field's value, stamp and the stamp
 * its author saw, as `mergeIdeaChanges` takes them).
 *
 * Mutation ids come from IndexedDB's auto-increment key generator. It is per object store, it only
 * ever grows (deleting entries, even clearing the store, never lets an id come back), and it assigns
 * the id inside the writing transaction, so ids increase in commit order across the device's life.
 * That is what lets the server keep just the last applied id per device and answer any replay at or
 * below it as a duplicate (SPEC PUSH-1, PUSH-2). Only deleting the whole database resets it, and that
 * also deletes the device id, so the server then sees a new device.
 *
 * An entry leaves only once the server has answered it (PUSH-5): `removeAnswered` is told which.
 */
import { z } from 'zod/mini';
import { feedbackResponseSchema } from '../domain/feedback/feedback-response';
import { huddleSchema } from '../domain/huddles/huddle';
import { IDEA_EDITABLE_FIELDS, ideaSchema } from '../domain/ideas/idea';
import { ideaEventSchema } from '../domain/ideas/idea-event';
import { ideaFieldChangeSchema, type IdeaChanges } from '../domain/ideas/merge-idea';
import { noteSchema } from '../domain/notes/note';
import { noteDeletionSchema } from '../domain/notes/note-deletion';
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

/** A queued creation, discriminated by the type of record it carries. */
const createEntrySchema = z
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
    z.strictObject({ ...entryShape, recordType: z.literal('noteDeletion'), payload: noteDeletionSchema }),
  ])
  .check(
    z.refine((entry) => entry.payload.id === entry.recordId, {
      message: 'must be the id of the record it carries',
      path: ['recordId'],
    }),
  );

/** A queued edit of some fields of an idea. Values are checked by `mergeIdeaChanges` where applied. */
const changeIdeaEntrySchema = z.strictObject({
  mutationId: entryShape.mutationId,
  recordType: z.literal('idea'),
  recordId: uuidV7Schema,
  operation: z.literal('change-idea'),
  changes: z.partialRecord(z.enum(IDEA_EDITABLE_FIELDS), ideaFieldChangeSchema),
  queuedAt: isoDateTimeSchema,
});

/** An outbox entry as stored. */
export const outboxEntrySchema = z.discriminatedUnion('operation', [
  createEntrySchema,
  changeIdeaEntrySchema,
]);

/** A mutation waiting to be pushed. */
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

/** A queued creation. */
export type CreateOutboxEntry = Extract<OutboxEntry, { operation: 'create' }>;

/** A queued edit of an idea's fields. */
export type ChangeIdeaOutboxEntry = Extract<OutboxEntry, { operation: 'change-idea' }>;

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

/**
 * Queues an edit of some of an idea's fields. Call it inside a `rw` transaction that includes
 * `db.outbox` and writes the edited idea, so that both commit or neither does.
 *
 * @returns the mutation id IndexedDB assigned
 */
export const queueIdeaChange = (
  db: WardsideDatabase,
  ideaId: string,
  changes: IdeaChanges,
  queuedAt: Date,
): Promise<number> =>
  db.outbox.add({
    recordType: 'idea',
    recordId: ideaId,
    operation: 'change-idea',
    changes,
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

/** What is waiting, for the "saved on this tablet, not yet sent" line. */
export type OutboxSummary = { pendingCount: number; oldestPendingAt: string | null };

/** How many mutations wait, and when the oldest was queued (its `queuedAt`, device clock). */
export const summarizeOutbox = (db: WardsideDatabase): Promise<OutboxSummary> =>
  db.transaction('r', db.outbox, async () => {
    const [pendingCount, oldest] = await Promise.all([db.outbox.count(), db.outbox.orderBy(':id').first()]);
    const queuedAt = oldest?.queuedAt;
    return { pendingCount, oldestPendingAt: typeof queuedAt === 'string' ? queuedAt : null };
  });

/** Batch limits (SPEC PUSH-1, ENG-2); the same numbers as the protocol's, which data/ may not import. */
export const DEFAULT_BATCH_LIMITS = { maxMutations: 100, maxBytes: 256 * 1024 } as const;

/**
 * Room left in `maxBytes` for the push request around its mutations (`sentAt`, brackets, commas).
 * An entry is measured as stored, which is a little larger than the mutation it becomes on the wire
 * (it also carries `queuedAt`), so a batch that fits here fits on the wire.
 */
const ENVELOPE_BYTES = 1024;

const encoder = new TextEncoder();
const storedSize = (row: unknown): number => encoder.encode(JSON.stringify(row)).length;

/**
 * The next batch to push: the oldest entries, in mutation id order, at most `maxMutations` of them and
 * at most `maxBytes` in all (SPEC ENG-2). The first entry is always taken, even alone over the byte
 * limit, so that one large entry cannot stall the outbox behind it. Entries stay in the outbox until
 * `removeAnswered`; corrupt ones are skipped and reported as in {@link listOutbox}.
 *
 * `after` is a mutation id at or below which the caller knows nothing is left to send (every entry of
 * the batches it has sent up to there was answered and removed, and ids only grow): reading starts
 * above it. IndexedDB implementations may keep removed entries as tombstones for a while (fake-indexeddb
 * does), and reading from the start would walk every entry pushed before this batch.
 */
export const takeBatch = async (
  db: WardsideDatabase,
  limits: { maxMutations?: number; maxBytes?: number } = {},
  options: { onCorruptEntry?: (mutationId: number) => void; after?: number } = {},
): Promise<OutboxEntry[]> => {
  const maxMutations = limits.maxMutations ?? DEFAULT_BATCH_LIMITS.maxMutations;
  const budget = (limits.maxBytes ?? DEFAULT_BATCH_LIMITS.maxBytes) - ENVELOPE_BYTES;
  const entries: OutboxEntry[] = [];
  let bytes = 0;
  let lastKey = options.after ?? 0;
  // Read in pages (one IndexedDB request each, much faster than a cursor) until the batch is full,
  // the byte budget is reached or the outbox ends; corrupt entries do not count towards the batch.
  for (;;) {
    const rows = await db.outbox.where(':id').above(lastKey).limit(maxMutations).toArray();
    for (const row of rows) {
      const mutationId = Number(row.mutationId);
      lastKey = mutationId;
      const parsed = outboxEntrySchema.safeParse(row);
      if (!parsed.success) {
        options.onCorruptEntry?.(mutationId);
        continue;
      }
      const size = storedSize(row);
      if (entries.length > 0 && bytes + size > budget) return entries;
      entries.push(parsed.data);
      bytes += size;
      if (entries.length >= maxMutations) return entries;
    }
    if (rows.length < maxMutations) return entries;
  }
};
