/**
 * `Idea`: an improvement idea on the board. Unlike other records it is edited, on many devices, and
 * edits merge field by field: each editable field carries the hybrid timestamp of its last edit in
 * `fieldStamps`, and the later stamp wins (SPEC IDEA-1). A value that loses to a concurrent edit is
 * kept in `conflicts` until the team has looked at it (IDEA-2); `merge-idea.ts` does the merging.
 * Deleting sets the `isDeleted` tombstone instead of removing the record, so a delete merges like any
 * other edit.
 */
import { z } from 'zod/mini';
import {
  compareHybridTimestamps,
  formattedHybridTimestampSchema,
  parseHybridTimestamp,
} from '../shared/hybrid-logical-clock';
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

/**
 * The schema of each editable field's value, on its own, so that an edit that arrives as one field
 * (a change mutation) or a losing value kept in `conflicts` is checked exactly as the idea is.
 */
export const ideaFieldSchemas = {
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
} as const satisfies Record<IdeaEditableField, z.core.$ZodType>;

/** Any editable field's value: every editable field holds text, true or false, or `null`. */
export type IdeaFieldValue = string | boolean | null;

/**
 * At most this many conflicts are kept per idea; past it the oldest (by losing stamp) go. This is the
 * one place where IDEA-2's "never dropped" gives way, so that an idea stays a small record: twenty
 * losing descriptions are at most 80,000 characters. More unresolved clashes than that on one card is
 * a conversation for the huddle, not something more storage would fix.
 */
export const MAX_IDEA_CONFLICTS = 20;

/**
 * A value that lost to a concurrent edit of the same field (IDEA-2). There is no "winning stamp" and
 * no "detected at": which edit beat it and when that was noticed depend on the order in which edits
 * met, so storing them would make two copies of the same idea disagree. The idea's current value and
 * `fieldStamps` say what stands now; the losing stamp's node id says which device made the lost edit.
 * A kept value may equal the one that stands now (two people made the same edit at once): it is
 * still kept, because leaving it out would depend on the order edits met; a screen may hide it.
 */
export const ideaConflictSchema = z
  .strictObject({
    field: z.enum(IDEA_EDITABLE_FIELDS),
    losingValue: z.union([z.string(), z.boolean(), z.null()]),
    losingStamp: formattedHybridTimestampSchema,
    /** Set once someone on the team has looked at it; a resolved conflict never becomes unresolved. */
    isResolved: z.boolean(),
  })
  .check(
    z.refine((conflict) => z.safeParse(ideaFieldSchemas[conflict.field], conflict.losingValue).success, {
      message: 'does not fit the field it lost in',
      path: ['losingValue'],
    }),
  );

/** A value that lost to a concurrent edit, kept in the idea. */
export type IdeaConflict = z.infer<typeof ideaConflictSchema>;

/** The text a field value is compared by when two edits carry the same stamp (values are JSON primitives). */
export const canonicalIdeaFieldValue = (value: IdeaFieldValue): string => JSON.stringify(value);

const stampOf = (text: string) => {
  const parsed = parseHybridTimestamp(text);
  if (!parsed.isOk) throw new RangeError('An idea conflict holds a stamp that is not a hybrid timestamp.');
  return parsed.value;
};

/**
 * The order conflicts are kept in: newest losing stamp first, then field (in
 * {@link IDEA_EDITABLE_FIELDS} order), then the value's canonical text. Two conflicts compare equal
 * exactly when they are the same lost edit, so this order is also their identity.
 *
 * @returns a negative number if `a` comes first, positive if `b` does, 0 for the same lost edit
 */
export const compareIdeaConflicts = (
  a: Pick<IdeaConflict, 'field' | 'losingValue' | 'losingStamp'>,
  b: Pick<IdeaConflict, 'field' | 'losingValue' | 'losingStamp'>,
): number => {
  const byStamp = compareHybridTimestamps(stampOf(b.losingStamp), stampOf(a.losingStamp));
  if (byStamp !== 0) return byStamp;
  const byField = IDEA_EDITABLE_FIELDS.indexOf(a.field) - IDEA_EDITABLE_FIELDS.indexOf(b.field);
  if (byField !== 0) return byField;
  const valueA = canonicalIdeaFieldValue(a.losingValue);
  const valueB = canonicalIdeaFieldValue(b.losingValue);
  if (valueA === valueB) return 0;
  return valueA < valueB ? -1 : 1;
};

/** Each conflict once, in {@link compareIdeaConflicts} order, so equal ideas are equal as data. */
const isInConflictOrder = (conflicts: readonly IdeaConflict[]): boolean =>
  conflicts.every((conflict, index) => {
    const previous = conflicts[index - 1];
    return previous === undefined || compareIdeaConflicts(previous, conflict) < 0;
  });

/** The schema of a stored or synced `Idea`. Unknown fields are refused. */
export const ideaSchema = z.strictObject({
  ...recordBaseShape,
  ...ideaFieldSchemas,
  /** For each editable field, the formatted hybrid timestamp of its last edit. Every field has one. */
  fieldStamps: z.record(z.enum(IDEA_EDITABLE_FIELDS), formattedHybridTimestampSchema),
  /** Values that lost to concurrent edits, newest first, each once (IDEA-2). */
  conflicts: z
    .array(ideaConflictSchema)
    .check(
      z.maxLength(MAX_IDEA_CONFLICTS),
      z.refine(isInConflictOrder, 'must list each conflict once, newest first'),
    ),
});

/** An improvement idea. */
export type Idea = z.infer<typeof ideaSchema>;
