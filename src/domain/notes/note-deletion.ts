/**
 * `NoteDeletion`: the tombstone of a note entered by mistake (the wrong patient's words, a note typed
 * twice). A note is never removed or changed: deleting it adds this record, which takes the note and
 * every version of it out of what the ward counts while its history still shows what was written,
 * when it was deleted and why.
 */
import { z } from 'zod/mini';
import { parseSchema } from '../shared/parse-schema';
import { recordBaseShape, uuidV7Schema } from '../shared/record-base';
import { err, type Result } from '../shared/result';
import { SCHEMA_VERSION } from '../shared/schema-version';

/** The longest reason a person can give for deleting a note. */
export const MAX_NOTE_DELETION_REASON_LENGTH = 200;

/** The schema of a stored or synced `NoteDeletion`. Unknown fields are refused. */
export const noteDeletionSchema = z.strictObject({
  ...recordBaseShape,
  /** The version of the note that was deleted; the whole note (every version) counts as deleted. */
  noteId: uuidV7Schema,
  /** Why, in the words of whoever deleted it: trimmed, 1 to 200 characters. */
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NOTE_DELETION_REASON_LENGTH)),
});

/** The tombstone of a deleted note. */
export type NoteDeletion = z.infer<typeof noteDeletionSchema>;

/** What the device supplies for a new tombstone. `id` is a fresh UUIDv7; `now` is the device clock. */
export type NoteDeletionContext = { id: string; wardId: string; deviceId: string; now: Date };

/**
 * Makes the tombstone of note `noteId`. A blank or over-long reason is refused with a message that can
 * be shown beside the reason field (it never repeats what was typed).
 */
export const createNoteDeletion = (
  { noteId, reason }: { noteId: string; reason: string },
  context: NoteDeletionContext,
): Result<NoteDeletion> => {
  const trimmed = reason.trim();
  if (trimmed.length === 0) return err('Enter why you are deleting this note');
  if (trimmed.length > MAX_NOTE_DELETION_REASON_LENGTH) {
    return err(`Reason must be ${MAX_NOTE_DELETION_REASON_LENGTH} characters or fewer`);
  }
  const deletion = parseSchema(noteDeletionSchema, {
    id: context.id,
    wardId: context.wardId,
    deviceId: context.deviceId,
    createdAt: context.now.toISOString(),
    schemaVersion: SCHEMA_VERSION,
    noteId,
    reason: trimmed,
  } satisfies NoteDeletion);
  return deletion.isOk ? deletion : err(`The note could not be deleted: ${deletion.error}.`);
};
