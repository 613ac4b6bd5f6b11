/**
 * `Huddle`: a record that the ward team met, who came (by role) and what they reviewed. Append-only,
 * so "what changed since the last huddle" can be worked out from the huddles themselves.
 */
import { z } from 'zod/mini';
import {
  freeTextSchema,
  isoDateTimeSchema,
  recordBaseShape,
  roleSchema,
  uuidV7Schema,
} from '../shared/record-base';

/** Upper bounds that keep one huddle record small; a huddle reviews tens of items, not thousands. */
const MAX_ATTENDEE_ROLES = 50;
const MAX_REVIEWED_ITEMS = 500;

/** The schema of a stored or synced `Huddle`. Unknown fields are refused. */
export const huddleSchema = z.strictObject({
  ...recordBaseShape,
  /** When the huddle took place (device clock). */
  heldAt: isoDateTimeSchema,
  /** The roles of those present, one entry per person ("nurse", "HCA", "HCA"); never names. */
  attendeeRoles: z.array(roleSchema).check(z.maxLength(MAX_ATTENDEE_ROLES)),
  reviewedIdeaIds: z.array(uuidV7Schema).check(z.maxLength(MAX_REVIEWED_ITEMS)),
  reviewedNoteIds: z.array(uuidV7Schema).check(z.maxLength(MAX_REVIEWED_ITEMS)),
  /** What was agreed; may be empty. */
  summary: freeTextSchema,
});

/** A ward huddle. */
export type Huddle = z.infer<typeof huddleSchema>;
