/**
 * `Idea`: an improvement idea on the board. Unlike other records it is edited, on many devices, and
 * edits merge field by field: each editable field carries the hybrid timestamp of its last edit in
 * `fieldStamps`, and the later stamp wins. Deleting sets the `isDeleted` tombstone instead of removing
 * the record, so a delete merges like any other edit.
 */
import { z } from 'zod/mini';
import { formattedHybridTimestampSchema } from '../shared/hybrid-logical-clock';
import { freeTextSchema, isoDateSchema, recordBaseShape, roleSchema } from '../shared/record-base';

/** The board columns, in order. */
export const IDEA_STATUSES = ['idea', 'trying', 'adopted', 'parked'] as const;

/** Where an idea is on the board. */
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

/** The fields people edit, each merged on its own. Adding one here needs a schema version and a migration. */
export const IDEA_EDITABLE_FIELDS = [
  'title',
  'description',
  'status',
  'ownerRole',
  'nextStep',
  'nextStepDue',
  'youSaidWeDid',
  'isPublished',
  'isDeleted',
] as const;

/** The name of a field that merges on its own. */
export type IdeaEditableField = (typeof IDEA_EDITABLE_FIELDS)[number];

/** Short texts on a card stay short so the board stays readable. */
const MAX_TITLE_LENGTH = 200;
const MAX_SHORT_TEXT_LENGTH = 500;
const MAX_YOU_SAID_WE_DID_LENGTH = 1000;

/** The schema of a stored or synced `Idea`. Unknown fields are refused. */
export const ideaSchema = z.strictObject({
  ...recordBaseShape,
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TITLE_LENGTH)),
  description: freeTextSchema,
  status: z.enum(IDEA_STATUSES),
  /** Who takes it forward, by role ("ward manager"); `null` until someone does. */
  ownerRole: z.nullable(roleSchema),
  /** The next small step; may be empty. */
  nextStep: z.string().check(z.maxLength(MAX_SHORT_TEXT_LENGTH)),
  /** When the next step is due, `YYYY-MM-DD`. */
  nextStepDue: z.nullable(isoDateSchema),
  /** What the ward tells patients it changed; shown on the kiosk only when `isPublished`. */
  youSaidWeDid: z.nullable(z.string().check(z.maxLength(MAX_YOU_SAID_WE_DID_LENGTH))),
  isPublished: z.boolean(),
  /** Tombstone: a deleted idea stays so the delete can merge and sync. */
  isDeleted: z.boolean(),
  /** For each editable field, the formatted hybrid timestamp of its last edit. Every field has one. */
  fieldStamps: z.record(z.enum(IDEA_EDITABLE_FIELDS), formattedHybridTimestampSchema),
});

/** An improvement idea. */
export type Idea = z.infer<typeof ideaSchema>;
