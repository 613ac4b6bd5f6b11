// Parsing the records that devices push (SPEC PUSH-4: a record that does not parse is rejected), with
// the domain's own record schemas run by zod's compiled object parser.
//
// The domain builds its schemas with zod/mini, for the client's bundle, and zod/mini checks an
// object's fields in a generic loop. zod also has a compiled ("JIT") parser for the same object
// definition, which writes one function for the object's fields once; it is the one zod's full API
// uses, it needs code generation (fine on the server, not under the client's CSP), and it takes about
// half the time for a note. Only the parser of the outermost object changes: the definition (fields,
// strictness, refinements) is the domain's, so the same records are accepted, come out the same and
// are rejected with the same issues; parse-incoming-record.test.ts holds the two to that.
import * as core from 'zod/v4/core';
import type { z } from 'zod/mini';
import { isRecordType, recordSchemas, type RecordOfType, type RecordType } from '../../domain/records';
import { parseSchema } from '../../domain/shared/parse-schema';
import { err, type Result } from '../../domain/shared/result';

/** A parser of the schema, with its outermost object run by zod's compiled parser (others as they are). */
const compiledParser = <Schema extends z.core.$ZodType>(schema: Schema) => {
  const { def } = schema._zod;
  // The same definition object: its fields, catchall (strict) and checks are the domain's.
  // zod types a schema made from a definition by the definition's loose shape, not the domain's.
  const parsing =
    def.type === 'object' ? (new core.$ZodObjectJIT(def as core.$ZodObjectDef) as unknown as Schema) : schema;
  return (value: unknown): Result<z.output<Schema>> => parseSchema(parsing, value);
};

const parsers: { [Type in RecordType]: (value: unknown) => Result<RecordOfType<Type>> } = {
  feedbackResponse: compiledParser(recordSchemas.feedbackResponse),
  note: compiledParser(recordSchemas.note),
  idea: compiledParser(recordSchemas.idea),
  ideaEvent: compiledParser(recordSchemas.ideaEvent),
  huddle: compiledParser(recordSchemas.huddle),
  noteDeletion: compiledParser(recordSchemas.noteDeletion),
};

/**
 * Parses a pushed record exactly as `parseRecord` (domain/records.ts) does, with the same error: the
 * record type and what is wrong (fields and limits, never the values given).
 */
export const parseIncomingRecord = <Type extends RecordType>(
  type: Type,
  value: unknown,
): Result<RecordOfType<Type>> => {
  if (!isRecordType(type)) return err('Unknown record type.');
  const parsed = parsers[type](value);
  return parsed.isOk ? parsed : err(`This ${type} record is not valid: ${parsed.error}.`);
};
