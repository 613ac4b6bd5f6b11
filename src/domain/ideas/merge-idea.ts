/**
 * Merging an `Idea` field by field (SPEC IDEA-1, IDEA-2). Pure and deterministic: the same inputs
 * give the same idea on every device and on the server.
 *
 * Two operations, for two situations:
 * - {@link mergeIdeaChanges} applies edits that arrive one field at a time (a `change-idea` mutation
 *   at the server). Each edit says which stamp of the field its author was looking at (`baseStamp`),
 *   which is what tells a concurrent edit (someone else changed the field meanwhile: the value that
 *   loses is kept in `conflicts`) from a sequential one (the author replaced what they saw: nothing is
 *   lost). Stamps alone cannot tell these apart.
 * - {@link mergeIdeas} joins two whole copies of one idea. It is commutative, associative and
 *   idempotent, but it cannot see which edits were concurrent, so it only unions the conflicts the
 *   copies already hold and reports the values it replaced without recording them.
 *
 * Conflicts are recorded where changes are applied, which in Wardside is the server, one ward at a
 * time in its write transaction. Which values are recorded can depend on the order edits meet when
 * they build on each other, so one place records and everyone else copies.
 */
import { z } from 'zod/mini';
import {
  compareHybridTimestamps,
  formattedHybridTimestampSchema,
  parseHybridTimestamp,
  type HybridTimestamp,
} from '../shared/hybrid-logical-clock';
import { describeSchemaIssues, parseSchema } from '../shared/parse-schema';
import { err, ok, type Result } from '../shared/result';
import {
  IDEA_EDITABLE_FIELDS,
  MAX_IDEA_CONFLICTS,
  canonicalIdeaFieldValue,
  compareIdeaConflicts,
  ideaFieldSchemas,
  ideaSchema,
  type Idea,
  type IdeaConflict,
  type IdeaEditableField,
  type IdeaFieldValue,
} from './idea';

/**
 * One field's edit as it travels: the new value, the stamp of the edit, and the stamp the field had
 * on the author's device when they edited it. The wire schema of `change-idea` mutations should carry
 * exactly this (`src/sync/protocol.ts`).
 */
export const ideaFieldChangeSchema = z.strictObject({
  value: z.unknown(),
  stamp: formattedHybridTimestampSchema,
  /** The field's stamp that the author saw; an edit made after seeing a value is not in conflict with it. */
  baseStamp: formattedHybridTimestampSchema,
});

/** One field's edit: new value, its stamp, and the stamp it replaced on the author's device. */
export type IdeaFieldChange = z.infer<typeof ideaFieldChangeSchema>;

/** Edits to some of an idea's fields. */
export type IdeaChanges = Partial<Record<IdeaEditableField, IdeaFieldChange>>;

/** What {@link mergeIdeaChanges} did. */
export type IdeaChangesOutcome = {
  /** The idea after the changes. */
  readonly idea: Idea;
  /** Fields whose incoming value now stands, in {@link IDEA_EDITABLE_FIELDS} order. */
  readonly applied: readonly IdeaEditableField[];
  /**
   * Values that lost to a concurrent edit and were newly added to `idea.conflicts`: an incoming value
   * that lost, or the value it replaced. Empty when nothing was lost (a repeat of a known loss is not
   * reported again).
   */
  readonly lost: readonly IdeaConflict[];
};

/** A value {@link mergeIdeas} replaced with the other copy's later one. */
export type IdeaSupersededValue = {
  readonly field: IdeaEditableField;
  readonly value: IdeaFieldValue;
  readonly stamp: string;
};

/** What {@link mergeIdeas} made. */
export type IdeasMergeOutcome = {
  readonly idea: Idea;
  /** For each field where the copies differ, the value that gave way, in field order. */
  readonly superseded: readonly IdeaSupersededValue[];
};

/** A field value with its stamp, read once. */
type Version = {
  readonly value: IdeaFieldValue;
  readonly stamp: HybridTimestamp;
  readonly stampText: string;
};

/** Stored stamps were parsed with the idea, so one that does not read is a bug, not bad input. */
const readStamp = (text: string): HybridTimestamp => {
  const parsed = parseHybridTimestamp(text);
  if (!parsed.isOk) throw new RangeError('An idea holds a field stamp that is not a hybrid timestamp.');
  return parsed.value;
};

const currentVersion = (idea: Idea, field: IdeaEditableField): Version => ({
  value: idea[field],
  stamp: readStamp(idea.fieldStamps[field]),
  stampText: idea.fieldStamps[field],
});

/**
 * The higher stamp wins; node id (the device id) breaks wall-time-and-counter ties inside
 * `compareHybridTimestamps`. Two different values under one stamp should not exist (a stamp names one
 * edit); if a corrupt replay makes one, the larger canonical text wins so every peer still agrees.
 */
const compareVersions = (a: Version, b: Version): number => {
  const byStamp = compareHybridTimestamps(a.stamp, b.stamp);
  if (byStamp !== 0) return byStamp;
  const textA = canonicalIdeaFieldValue(a.value);
  const textB = canonicalIdeaFieldValue(b.value);
  if (textA === textB) return 0;
  return textA < textB ? -1 : 1;
};

const conflictOf = (field: IdeaEditableField, version: Version): IdeaConflict => ({
  field,
  losingValue: version.value,
  losingStamp: version.stampText,
  isResolved: false,
});

/**
 * Sorts, keeps each lost edit once (resolved if any copy says so: resolving only ever goes one way,
 * so copies agree whatever order they meet in) and keeps the newest {@link MAX_IDEA_CONFLICTS}.
 */
const normalizeConflicts = (conflicts: readonly IdeaConflict[]): IdeaConflict[] => {
  const sorted = [...conflicts].sort(compareIdeaConflicts);
  const unique: IdeaConflict[] = [];
  for (const conflict of sorted) {
    const previous = unique.at(-1);
    if (previous !== undefined && compareIdeaConflicts(previous, conflict) === 0) {
      unique[unique.length - 1] = { ...previous, isResolved: previous.isResolved || conflict.isResolved };
    } else {
      unique.push(conflict);
    }
  }
  return unique.slice(0, MAX_IDEA_CONFLICTS);
};

/** Builds the merged idea through its schema, so a merge can never hand out an idea that does not parse. */
const finish = (candidate: Record<string, unknown>, operation: string): Idea => {
  const parsed = parseSchema(ideaSchema, candidate);
  if (!parsed.isOk) throw new Error(`${operation} made an idea that does not parse: ${parsed.error}`);
  return parsed.value;
};

const isEditableField = (key: string): key is IdeaEditableField =>
  (IDEA_EDITABLE_FIELDS as readonly string[]).includes(key);

type ParsedChange = { readonly version: Version; readonly base: HybridTimestamp };

/** Checks one change; errors name the field and what is wrong, never the value given. */
const parseChange = (field: IdeaEditableField, change: unknown): Result<ParsedChange> => {
  // zod words a missing `unknown` as "not nonoptional"; plain words instead.
  if (typeof change === 'object' && change !== null && !Object.hasOwn(change, 'value')) {
    return err(`${field}.value is missing`);
  }
  const shape = z.safeParse(ideaFieldChangeSchema, change);
  if (!shape.success) {
    const issues = shape.error.issues.map((issue) => ({ ...issue, path: [field, ...issue.path] }));
    return err(describeSchemaIssues(issues));
  }
  const value = z.safeParse(ideaFieldSchemas[field], shape.data.value);
  if (!value.success) {
    const issues = value.error.issues.map((issue) => ({ ...issue, path: [field, ...issue.path] }));
    return err(describeSchemaIssues(issues));
  }
  return ok({
    version: { value: value.data, stamp: readStamp(shape.data.stamp), stampText: shape.data.stamp },
    base: readStamp(shape.data.baseStamp),
  });
};

/**
 * Applies edits to an idea's fields (IDEA-1) and keeps the values that lose to concurrent edits in
 * `idea.conflicts` (IDEA-2). For each field:
 * - the same stamp and value as the idea holds: a repeat, nothing changes;
 * - a lower stamp: the incoming value loses and is kept as a conflict;
 * - a higher stamp: the incoming value stands; the value it replaces is kept as a conflict unless the
 *   author had seen it (the field's stamp is at or below `baseStamp`) or made it (same node id: a
 *   device never conflicts with itself);
 * - the same stamp with a different value (a corrupt replay): the larger canonical value stands and
 *   the other is kept as a conflict.
 *
 * The whole set of changes is refused, naming the field and never the value, if any value does not
 * fit its field or a stamp is not a hybrid timestamp. A server can answer the mutation `duplicate`
 * when `applied` and `lost` are both empty, `conflict` when `lost` is not, and `applied` otherwise
 * (PUSH-5). On a device, the idea to show is the server's latest copy with the device's pending
 * changes applied over it this way.
 */
export const mergeIdeaChanges = (current: Idea, changes: IdeaChanges): Result<IdeaChangesOutcome> => {
  const unknownKeys = Object.keys(changes).filter((key) => !isEditableField(key));
  if (unknownKeys.length > 0) {
    return err(`changes name ${unknownKeys.length === 1 ? 'a field' : 'fields'} that cannot be edited`);
  }
  const parsedChanges = new Map<IdeaEditableField, ParsedChange>();
  for (const field of IDEA_EDITABLE_FIELDS) {
    if (!Object.hasOwn(changes, field)) continue;
    const parsed = parseChange(field, changes[field]);
    if (!parsed.isOk) return parsed;
    parsedChanges.set(field, parsed.value);
  }

  const values: Record<string, IdeaFieldValue> = {};
  const fieldStamps = { ...current.fieldStamps };
  const conflicts = [...current.conflicts];
  const applied: IdeaEditableField[] = [];
  const lost: IdeaConflict[] = [];
  const keep = (conflict: IdeaConflict): void => {
    if (conflicts.some((known) => compareIdeaConflicts(known, conflict) === 0)) return;
    conflicts.push(conflict);
    lost.push(conflict);
  };

  for (const [field, { version: incoming, base }] of parsedChanges) {
    const standing = currentVersion(current, field);
    const order = compareVersions(incoming, standing);
    if (order === 0) continue;
    const isSameStamp = compareHybridTimestamps(incoming.stamp, standing.stamp) === 0;
    const isSameAuthor = incoming.stamp.nodeId === standing.stamp.nodeId;
    if (order < 0) {
      if (isSameStamp || !isSameAuthor) keep(conflictOf(field, incoming));
      continue;
    }
    values[field] = incoming.value;
    fieldStamps[field] = incoming.stampText;
    applied.push(field);
    const hadAuthorSeenIt = compareHybridTimestamps(standing.stamp, base) <= 0;
    if (isSameStamp || (!hadAuthorSeenIt && !isSameAuthor)) keep(conflictOf(field, standing));
  }

  if (applied.length === 0 && lost.length === 0) {
    return ok({ idea: current, applied, lost });
  }
  const idea = finish(
    { ...current, ...values, fieldStamps, conflicts: normalizeConflicts(conflicts) },
    'mergeIdeaChanges',
  );
  return ok({ idea, applied, lost });
};

const earlier = (a: string, b: string): string => (a <= b ? a : b);

/**
 * Joins two copies of the same idea: each field takes the value with the higher stamp (IDEA-1, with
 * the same tie rules as {@link mergeIdeaChanges}), conflicts are the union of both copies' (resolved
 * if either says so), and `createdAt` is the earlier of the two, since the server may have clamped a
 * device's future `createdAt` (CLOCK-2). The result is the same whichever copy comes first and however
 * several copies are grouped, and joining a copy with itself changes nothing.
 *
 * It records no new conflicts: whole copies do not say which edits were concurrent, and recording
 * here would make the result depend on the order copies meet. The values it replaced are returned in
 * `superseded` for the caller to show or record.
 *
 * Note that a device should not join its copy with the server's: the server may have re-stamped the
 * device's own future-dated edit (CLOCK-2), and the join would keep the device's higher stamp.
 * Refused when the copies differ in `id`, `wardId` or `deviceId`.
 */
export const mergeIdeas = (a: Idea, b: Idea): Result<IdeasMergeOutcome> => {
  for (const key of ['id', 'wardId', 'deviceId'] as const) {
    if (a[key] !== b[key]) return err(`These are not copies of the same idea: ${key} differs.`);
  }
  const values: Record<string, IdeaFieldValue> = {};
  const fieldStamps = { ...a.fieldStamps };
  const superseded: IdeaSupersededValue[] = [];
  for (const field of IDEA_EDITABLE_FIELDS) {
    const versionA = currentVersion(a, field);
    const versionB = currentVersion(b, field);
    const order = compareVersions(versionA, versionB);
    if (order === 0) continue;
    const [winner, loser] = order > 0 ? [versionA, versionB] : [versionB, versionA];
    values[field] = winner.value;
    fieldStamps[field] = winner.stampText;
    superseded.push({ field, value: loser.value, stamp: loser.stampText });
  }
  const idea = finish(
    {
      ...a,
      createdAt: earlier(a.createdAt, b.createdAt),
      ...values,
      fieldStamps,
      conflicts: normalizeConflicts([...a.conflicts, ...b.conflicts]),
    },
    'mergeIdeas',
  );
  return ok({ idea, superseded });
};
