// Parses a request's body or query with its protocol schema. Errors name the fields and limits,
// never the values, which may be patient text (domain `describeSchemaIssues`).
import { z } from 'zod/mini';
import { describeSchemaIssues } from '../../domain/shared/parse-schema';
import { err, ok, type Result } from '../../domain/shared/result';

export const parseRequestPart = <Schema extends z.core.$ZodType>(
  part: 'body' | 'query',
  schema: Schema,
  value: unknown,
): Result<z.output<Schema>> => {
  const parsed = z.safeParse(schema, value);
  if (parsed.success) return ok(parsed.data);
  return err(
    `${describeSchemaIssues(parsed.error.issues.map((issue) => ({ ...issue, path: [part, ...issue.path] })))}.`,
  );
};
