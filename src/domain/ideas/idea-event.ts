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

const evidencePayloadSchema = z.strictObject({
  recordId: uuidV7Schema,
  recordType: z.enum(EVIDENCE_RECORD_TYPES),
});

/**
 * An opaque key for whoever voted (for example a hash made per kiosk session), so one voter's add and
 * remove pair up. Never a name or any other identifier of a person.
 */
const votePayloadSchema = z.strictObject({
  voterKey: z.string().check(z.minLength(1), z.maxLength(128)),
});

/** The schema of a stored or synced `IdeaEvent`, discriminated by `kind`. Unknown fields are refused. */
export const ideaEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...eventBaseShape, kind: z.literal('pdsa-cycle'), payload: pdsaCyclePayloadSchema }),
  z.strictObject({ ...eventBaseShape, kind: z.literal('comment'), payload: commentPayloadSchema }),
  z.strictObject({ ...eventBaseShape, kind: z.literal('evidence-added'), payload: evidencePayloadSchema }),
  z.strictObject({ ...eventBaseShape, kind: z.literal('evidence-removed'), payload: evidencePayloadSchema }),
  z.strictObject({ ...eventBaseShape, kind: z.literal('vote-added'), payload: votePayloadSchema }),
  z.strictObject({ ...eventBaseShape, kind: z.literal('vote-removed'), payload: votePayloadSchema }),
]);

/** Something that happened to an idea. */
export type IdeaEvent = z.infer<typeof ideaEventSchema>;
