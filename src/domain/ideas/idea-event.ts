/**
 * `IdeaEvent`: something that happened to an idea (a Plan-Do-Study-Act cycle, a comment, evidence
 * linked or unlinked, a vote cast or withdrawn). Append-only: the idea's history and its evidence and
 * vote counts are folded from these events, so concurrent events from several devices never conflict.
 */
import { z } from 'zod/mini';
import { MAX_FREE_TEXT_LENGTH, freeTextSchema, recordBaseShape, uuidV7Schema } from '../shared/record-base';

/** What kind of event it is; each kind has its own payload. */
export const IDEA_EVENT_KINDS = [
  'pdsa-cycle',
  'comment',
  'evidence-added',
  'evidence-removed',
  'vote-added',
  'vote-removed',
] as const;

/** The kind of an idea event. */
export type IdeaEventKind = (typeof IDEA_EVENT_KINDS)[number];

/** Records that can be cited as evidence for an idea: what patients and staff said or saw. */
export const EVIDENCE_RECORD_TYPES = ['note', 'feedbackResponse'] as const;

/** The type of a record cited as evidence. */
export type EvidenceRecordType = (typeof EVIDENCE_RECORD_TYPES)[number];

const eventBaseShape = { ...recordBaseShape, ideaId: uuidV7Schema };

const pdsaCyclePayloadSchema = z.strictObject({
  plan: freeTextSchema,
  do: freeTextSchema,
  study: freeTextSchema,
  act: freeTextSchema,
});

const commentPayloadSchema = z.strictObject({
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_FREE_TEXT_LENGTH)),
});

const evidenceShape = {
  recordId: uuidV7Schema,
  recordType: z.enum(EVIDENCE_RECORD_TYPES),
};

/**
 * An opaque key for whoever voted (for example a hash made per kiosk session), so one voter's add and
 * remove pair up. Never a name or any other identifier of a person.
 */
const voteShape = {
  voterKey: z.string().check(z.minLength(1), z.maxLength(128)),
};

/**
 * The most add events one remove can name. A remove names the adds of its element that its device
 * could see, normally one; several only when tablets added the same vote or evidence while apart.
 */
export const MAX_REMOVED_EVENT_IDS = 100;

/**
 * A remove names the add events it undoes (an observed-remove set, IDEA-3): an add it did not see,
 * such as one made at the same time on another tablet, still stands, and the result does not depend
 * on the order events arrive in.
 */
const removedEventIdsSchema = z.array(uuidV7Schema).check(z.minLength(1), z.maxLength(MAX_REMOVED_EVENT_IDS));

/**
 * The schema of a stored or synced `IdeaEvent`, discriminated by `kind`. Unknown fields are refused.
 * Votes and evidence links are folded from these events by `foldIdeaEvents` (`idea-sets.ts`).
 */
export const ideaEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...eventBaseShape, kind: z.literal('pdsa-cycle'), payload: pdsaCyclePayloadSchema }),
  z.strictObject({ ...eventBaseShape, kind: z.literal('comment'), payload: commentPayloadSchema }),
  z.strictObject({
    ...eventBaseShape,
    kind: z.literal('evidence-added'),
    payload: z.strictObject(evidenceShape),
  }),
  z.strictObject({
    ...eventBaseShape,
    kind: z.literal('evidence-removed'),
    payload: z.strictObject({ ...evidenceShape, removedEventIds: removedEventIdsSchema }),
  }),
  z.strictObject({ ...eventBaseShape, kind: z.literal('vote-added'), payload: z.strictObject(voteShape) }),
  z.strictObject({
    ...eventBaseShape,
    kind: z.literal('vote-removed'),
    payload: z.strictObject({ ...voteShape, removedEventIds: removedEventIdsSchema }),
  }),
]);

/** Something that happened to an idea. */
export type IdeaEvent = z.infer<typeof ideaEventSchema>;
