import { z } from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { describeSchemaIssues, parseSchema } from './parse-schema';

const schema = z.strictObject({
  text: z.string().check(z.minLength(1), z.maxLength(10)),
  kind: z.enum(['compliment', 'concern']),
  count: z.int().check(z.minimum(1)),
  items: z.array(z.string()).check(z.maxLength(2)),
  at: z.iso.datetime({ precision: 3 }),
  nested: z.strictObject({ flag: z.boolean() }),
});

const valid = {
  text: 'hello',
  kind: 'concern',
  count: 1,
  items: [],
  at: '2025-01-31T09:30:00.000Z',
  nested: { flag: true },
};

const errorOf = (value: unknown): string => {
  const result = parseSchema(schema, value);
  if (result.isOk) throw new Error('expected a failure');
  return result.error;
};

describe('parseSchema', () => {
  it('returns the parsed value', () => {
    expect(parseSchema(schema, valid)).toEqual({ isOk: true, value: valid });
  });

  it('describes each kind of problem in plain words, naming the field', () => {
    expect(errorOf({ ...valid, text: '' })).toBe('text must not be empty');
    expect(errorOf({ ...valid, text: 'x'.repeat(11) })).toBe('text must be at most 10 characters');
    expect(errorOf({ ...valid, kind: 'other' })).toBe('kind must be one of "compliment", "concern"');
    expect(errorOf({ ...valid, count: 0 })).toBe('count must be at least 1');
    expect(errorOf({ ...valid, items: ['a', 'b', 'c'] })).toBe('items must have at most 2 items');
    expect(errorOf({ ...valid, at: '2025-01-31' })).toBe(
      'at must be a UTC date and time like 2025-01-31T09:30:00.000Z',
    );
    expect(errorOf({ ...valid, nested: { flag: 'yes' } })).toBe(
      'nested.flag is missing or is not true or false',
    );
    expect(errorOf({ ...valid, surname: 'x' })).toBe('the record has fields that are not allowed: surname');
    expect(errorOf('text')).toBe('the record is missing or is not an object');
  });

  it('never repeats the value it was given', () => {
    const secret = 'Mrs Example said 0712345678';
    const message = errorOf({ ...valid, text: secret, kind: secret });
    expect(message).not.toContain(secret);
  });
});

describe('describeSchemaIssues', () => {
  it('describes at most five issues and counts the rest', () => {
    const result = z.safeParse(z.array(z.string()), [1, 2, 3, 4, 5, 6, 7]);
    if (result.success) throw new Error('expected a failure');
    expect(describeSchemaIssues(result.error.issues)).toBe(
      '[0] is missing or is not text; [1] is missing or is not text; [2] is missing or is not text; ' +
        '[3] is missing or is not text; [4] is missing or is not text; and 2 more problems',
    );
  });
});
