/**
 * The sync wire format, shared by the app and the server (SPEC.md says what it means). A change here
 * breaks one typecheck on both sides instead of drifting. Records inside mutations and changes travel
 * as `unknown` and are parsed per type with `parseRecord` on arrival, so a bad record is answered on
 * its own (PUSH-4) instead of failing the whole request.
 */
import { z } from 'zod/mini';
import { MODES_OF_COLLECTION } from '../domain/feedback/modes-of-collection';
import { IDEA_EDITABLE_FIELDS } from '../domain/ideas/idea';
import { ideaFieldChangeSchema } from '../domain/ideas/merge-idea';
import { RECORD_TYPES } from '../domain/records';
import { isoDateTimeSchema, uuidV7Schema } from '../domain/shared/record-base';

/**
 * The protocol this code speaks (VER-1). Raise it for any change old peers cannot understand.
 * 2: the `noteDeletion` record type (NOTE-6); a protocol 1 client is still served, without it.
 */
export const PROTOCOL_VERSION = 2;
/** The oldest client protocol the server still accepts (VER-2). */
export const MIN_CLIENT_PROTOCOL_VERSION = 1;

/**
 * Record types added after protocol 1, by the protocol that brought them: a client of an older
 * protocol never sends them and is never sent them, since its wire schemas would refuse the whole
 * pull page (NOTE-6).
 */
export const RECORD_TYPE_SINCE_PROTOCOL: Partial<Record<(typeof RECORD_TYPES)[number], number>> = {
  noteDeletion: 2,
};

/** Request and response headers that carry the versions (VER-1), lower case as HTTP/2 sends them. */
export const PROTOCOL_HEADER = 'wardside-protocol';
export const SCHEMA_HEADER = 'wardside-schema';

/** Batch and page limits (PUSH-1, PULL-2, ENG-2). */
export const MAX_PUSH_MUTATIONS = 100;
export const MAX_PUSH_BYTES = 256 * 1024;
export const MAX_PULL_LIMIT = 500;

/** What a device is enrolled as (DEV-1). */
export const DEVICE_ROLES = ['kiosk', 'staff'] as const;
export type DeviceRole = (typeof DEVICE_ROLES)[number];

/** `POST /api/v1/devices/enrol` body. */
export const enrolRequestSchema = z.strictObject({
  code: z.string().check(z.trim(), z.minLength(6), z.maxLength(64)),
});
export type EnrolRequest = z.infer<typeof enrolRequestSchema>;

/**
 * The ward's staff PIN as a salted, slow hash (PBKDF2-SHA256), synced to every device of the ward
 * (staff tablets unlock with it, kiosks leave kiosk mode with it) so that it works with no network. The PIN itself never leaves the admin's keyboard. `salt` and
 * `hash` are lower-case hex; `hash` is the 32-byte PBKDF2-SHA256 output of the PIN's UTF-8 bytes.
 */
export const staffPinVerifierSchema = z.strictObject({
  algorithm: z.literal('PBKDF2-SHA256'),
  iterations: z.int().check(z.minimum(100_000)),
  salt: z.string().check(z.minLength(16), z.maxLength(128)),
  hash: z.string().check(z.minLength(32), z.maxLength(256)),
});
export type StaffPinVerifier = z.infer<typeof staffPinVerifierSchema>;

/** `POST /api/v1/devices/enrol` answer. The token is shown once; the server keeps only its hash. */
export const enrolResponseSchema = z.strictObject({
  deviceId: uuidV7Schema,
  token: z.string().check(z.minLength(32), z.maxLength(256)),
  ward: z.strictObject({ id: z.string(), name: z.string() }),
  role: z.enum(DEVICE_ROLES),
  epoch: z.string(),
  staffPin: z.nullable(staffPinVerifierSchema),
  escalationText: z.nullable(z.string()),
});
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;

const mutationIdSchema = z.int().check(z.positive());

/** Create an append-only record, or a new idea with every field stamped. */
export const createMutationSchema = z.strictObject({
  mutationId: mutationIdSchema,
  kind: z.literal('create'),
  recordType: z.enum(RECORD_TYPES),
  recordId: uuidV7Schema,
  record: z.unknown(),
});

/**
 * Change some fields of an idea; each value carries the stamp of its edit and the stamp the field had
 * when its author edited it, which tells a concurrent edit from a sequential one (IDEA-1, IDEA-2;
 * see `mergeIdeaChanges`). Only the fields changed are listed.
 */
export const changeIdeaMutationSchema = z.strictObject({
  mutationId: mutationIdSchema,
  kind: z.literal('change-idea'),
  recordType: z.literal('idea'),
  recordId: uuidV7Schema,
  changes: z.partialRecord(z.enum(IDEA_EDITABLE_FIELDS), ideaFieldChangeSchema),
});

export const mutationSchema = z.discriminatedUnion('kind', [createMutationSchema, changeIdeaMutationSchema]);
export type Mutation = z.infer<typeof mutationSchema>;

/** `POST /api/v1/sync/push` body. */
export const pushRequestSchema = z.strictObject({
  /** The device clock when it sent the batch, to report skew (CLOCK-1). */
  sentAt: isoDateTimeSchema,
  mutations: z.array(mutationSchema).check(z.minLength(1), z.maxLength(MAX_PUSH_MUTATIONS)),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

/** How the server answered one mutation (PUSH-5). */
export const MUTATION_STATUSES = ['applied', 'duplicate', 'conflict', 'rejected'] as const;
export type MutationStatus = (typeof MUTATION_STATUSES)[number];

/**
 * Why a mutation was rejected: the start of its `reason`, which goes on `: <plain words>`, for example
 * `id-reused: a different record already has this id.` (PUSH-3, PUSH-4, DEV-3, DEV-4).
 */
export const REJECTION_CODES = [
  'invalid-record',
  'forbidden',
  'wrong-ward',
  'wrong-device',
  'id-reused',
  'unknown-idea',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export const mutationResultSchema = z.strictObject({
  mutationId: mutationIdSchema,
  recordId: z.string(),
  status: z.enum(MUTATION_STATUSES),
  /**
   * Why, in plain words, for `rejected` (starting with a `RejectionCode` and a colon) and `conflict`.
   * Never repeats patient text.
   */
  reason: z.optional(z.string()),
});
export type MutationResult = z.infer<typeof mutationResultSchema>;

/** `POST /api/v1/sync/push` answer. */
export const pushResponseSchema = z.strictObject({
  epoch: z.string(),
  results: z.array(mutationResultSchema),
  lastAppliedMutationId: z.int().check(z.minimum(0)),
  /** Device clock minus server clock, in milliseconds, when the batch arrived (CLOCK-1). */
  clockSkewMs: z.number(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** `GET /api/v1/sync/pull` query. */
export const pullQuerySchema = z.strictObject({
  cursor: z.coerce.number().check(z.int(), z.minimum(0)),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_PULL_LIMIT))),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

/**
 * What a kiosk pulls instead of an idea (DEV-3): only what patients may see. Every change of an idea
 * reaches the kiosk this way, so that one unpublished or deleted after it was shown comes through
 * with `isPublished: false` and null texts, and the kiosk takes it down.
 */
export const publishedIdeaSchema = z.strictObject({
  id: uuidV7Schema,
  wardId: z.string(),
  /** True when the idea is published, not deleted, and has a "You said, we did" text. */
  isPublished: z.boolean(),
  title: z.nullable(z.string()),
  youSaidWeDid: z.nullable(z.string()),
});
export type PublishedIdea = z.infer<typeof publishedIdeaSchema>;

/** What a change can carry: a record type (staff pulls) or `publishedIdea` (kiosk pulls). */
export const PULL_RECORD_TYPES = [...RECORD_TYPES, 'publishedIdea'] as const;
export type PullRecordType = (typeof PULL_RECORD_TYPES)[number];

/** One change in a pull page: a record in its latest state at its latest seq (PULL-2). */
export const changeSchema = z.strictObject({
  seq: z.int().check(z.positive()),
  recordType: z.enum(PULL_RECORD_TYPES),
  record: z.unknown(),
});
export type Change = z.infer<typeof changeSchema>;

/** `GET /api/v1/sync/pull` answer. */
export const pullResponseSchema = z.strictObject({
  epoch: z.string(),
  changes: z.array(changeSchema),
  nextCursor: z.int().check(z.minimum(0)),
  hasMore: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/**
 * `GET /api/v1/ward` answer: the ward's settings as they are now, so that a changed PIN or escalation
 * text reaches devices enrolled before the change. `staffPin` goes to every token, kiosks included
 * (DEV-3); it stays optional so that the answer of a server from before that still parses, and an
 * answer without it leaves the verifier the device holds.
 */
export const wardResponseSchema = z.strictObject({
  epoch: z.string(),
  ward: z.strictObject({ id: z.string(), name: z.string() }),
  role: z.enum(DEVICE_ROLES),
  escalationText: z.nullable(z.string()),
  modeOfCollection: z.nullable(z.enum(MODES_OF_COLLECTION)),
  staffPin: z.optional(z.nullable(staffPinVerifierSchema)),
});
export type WardResponse = z.infer<typeof wardResponseSchema>;

/** Every error the API answers with; `message` is plain words for the person at the tablet. */
export const API_ERRORS = [
  'client-too-old',
  'server-too-old',
  'unauthorized',
  'forbidden',
  'invalid-request',
  'invalid-code',
  'payload-too-large',
  'rate-limited',
  'not-found',
  'server-error',
] as const;
export type ApiError = (typeof API_ERRORS)[number];

export const errorResponseSchema = z.object({
  error: z.enum(API_ERRORS),
  message: z.string(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
