/**
 * The record types Wardside stores and syncs, and one place to parse any of them. Sync, storage and
 * the server dispatch on `RecordType`, so adding a record type here is what makes it syncable.
 */
import type { z } from 'zod/mini';
import { feedbackResponseSchema } from './feedback/feedback-response';
import { huddleSchema } from './huddles/huddle';
import { ideaSchema } from './ideas/idea';
import { ideaEventSchema } from './ideas/idea-event';
import { noteSchema } from './notes/note';
import { noteDeletionSchema } from './notes/note-deletion';
import { parseSchema } from './shared/parse-schema';
import { err, type Result } from './shared/result';

/**
 * Every record type, as named on the wire and in storage. Append a new type at the end: a peer of an
 * older protocol does not know it (see `PROTOCOL_VERSION` and SPEC NOTE-6).
 */
export const RECORD_TYPES = [
  'feedbackResponse',
  'note',
  'idea',
  'ideaEvent',
  'huddle',
  'noteDeletion',
] as const;

/** The name of a record type. */
export type RecordType = (typeof RECORD_TYPES)[number];

/** The schema of each record type. */
export const recordSchemas = {
  feedbackResponse: feedbackResponseSchema,
  note: noteSchema,
  idea: ideaSchema,
  ideaEvent: ideaEventSchema,
  huddle: huddleSchema,
  noteDeletion: noteDeletionSchema,
} as const satisfies Record<RecordType, z.core.$ZodType>;

/** The record held by each record type, for example `RecordOfType<'note'>` is `Note`. */
export type RecordOfType<Type extends RecordType> = z.output<(typeof recordSchemas)[Type]>;

/** Any record. */
export type AnyRecord = RecordOfType<RecordType>;

/**
 * One parser per type, written as a mapped type so that indexing it with a generic `Type` keeps the
 * link between the type name and the record it parses (no cast needed).
 */
const recordParsers: { [Type in RecordType]: (value: unknown) => Result<RecordOfType<Type>> } = {
  feedbackResponse: (value) => parseSchema(feedbackResponseSchema, value),
  note: (value) => parseSchema(noteSchema, value),
  idea: (value) => parseSchema(ideaSchema, value),
  ideaEvent: (value) => parseSchema(ideaEventSchema, value),
  huddle: (value) => parseSchema(huddleSchema, value),
  noteDeletion: (value) => parseSchema(noteDeletionSchema, value),
};

/** Whether a value names a record type. */
export const isRecordType = (value: unknown): value is RecordType =>
  typeof value === 'string' && (RECORD_TYPES as readonly string[]).includes(value);

/**
 * Parses a value as a record of the given type. The error names the record type and what is wrong
 * (fields and limits, never the values given).
 */
export const parseRecord = <Type extends RecordType>(
  type: Type,
  value: unknown,
): Result<RecordOfType<Type>> => {
  if (!isRecordType(type)) {
    return err('Unknown record type.');
  }
  const parsed = recordParsers[type](value);
  return parsed.isOk ? parsed : err(`This ${type} record is not valid: ${parsed.error}.`);
};
