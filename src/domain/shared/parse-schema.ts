/**
 * Parsing with a zod schema into a {@link Result} whose error is a sentence in plain words.
 *
 * zod/mini ships no message locale (every issue reads "Invalid input"), and loading one would be a
 * global side effect, so the words are made here from each issue's code. Messages name fields and
 * limits but never repeat the value that was given: values may be patient text.
 */
import { z } from 'zod/mini';
import { err, ok, type Result } from './result';

type Issue = z.core.$ZodIssue;

/** Only the first few issues are described: enough to fix the input, short enough to read. */
const MAX_DESCRIBED_ISSUES = 5;
const MAX_NAMED_KEYS = 5;
/** What zod/mini says when a check was given no words of its own. */
const DEFAULT_MESSAGE = 'Invalid input';

const expectedNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'empty (null)',
  date: 'a date',
};

const formatNames: Record<string, string> = {
  datetime: 'a UTC date and time like 2025-01-31T09:30:00.000Z',
  date: 'a date like 2025-01-31',
  regex: 'in the expected format',
};

const describePath = (path: readonly PropertyKey[]): string => {
  if (path.length === 0) return 'the record';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
};

/** Unknown keys come from the input, so long ones are shortened before they are named. */
const nameKeys = (keys: readonly string[]): string => {
  const named = keys.slice(0, MAX_NAMED_KEYS).map((key) => (key.length > 40 ? `${key.slice(0, 40)}…` : key));
  return named.join(', ') + (keys.length > MAX_NAMED_KEYS ? ` and ${keys.length - MAX_NAMED_KEYS} more` : '');
};

const describeLimit = (issue: Issue & { code: 'too_big' | 'too_small' }, bound: string): string => {
  const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
  if (issue.origin === 'string') {
    if (issue.code === 'too_small' && limit === 1) return 'must not be empty';
    return `must be ${bound} ${limit.toLocaleString('en-GB')} characters`;
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    if (issue.code === 'too_small' && limit === 1) return 'must have at least one item';
    return `must have ${bound} ${limit} items`;
  }
  return `must be ${bound} ${limit}`;
};

/** One issue as a phrase, for example "text must be at most 4,000 characters". */
export const describeSchemaIssue = (issue: Issue): string => {
  const where = describePath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return `${where} is missing or is not ${expectedNames[issue.expected] ?? issue.expected}`;
    case 'too_big':
      return `${where} ${describeLimit(issue, 'at most')}`;
    case 'too_small':
      return `${where} ${describeLimit(issue, 'at least')}`;
    case 'invalid_value':
      return `${where} must be ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      // A pattern check carries its own words (such as "must be a theme code"), when it was given some.
      if (issue.format === 'regex' && issue.message !== DEFAULT_MESSAGE) return `${where} ${issue.message}`;
      return `${where} must be ${formatNames[issue.format] ?? `a valid ${issue.format}`}`;
    case 'unrecognized_keys':
      return `${where} has fields that are not allowed: ${nameKeys(issue.keys)}`;
    case 'invalid_union':
      return `${where} is not one of the allowed kinds`;
    case 'custom':
      return `${where} ${issue.message}`;
    default:
      return `${where} is not valid`;
  }
};

/** All issues (up to five) as one sentence, for example "text must not be empty; kind must be one of …". */
export const describeSchemaIssues = (issues: readonly Issue[]): string => {
  const described = issues.slice(0, MAX_DESCRIBED_ISSUES).map(describeSchemaIssue);
  const more = issues.length - described.length;
  return described.join('; ') + (more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : '');
};

/** Parses `value` with `schema`; the error is a readable description of what is wrong. */
export const parseSchema = <Schema extends z.core.$ZodType>(
  schema: Schema,
  value: unknown,
): Result<z.output<Schema>> => {
  const parsed = z.safeParse(schema, value);
  return parsed.success ? ok(parsed.data) : err(describeSchemaIssues(parsed.error.issues));
};
