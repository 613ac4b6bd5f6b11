import { describe, expect, it } from 'vitest';
import { pullResponseSchema } from './protocol';
import { parseRetryAfter, readResponse } from './read-response';

const now = Date.UTC(2025, 0, 31, 9, 0);
const read = (status: number, body: unknown, retryAfter: string | null = null) =>
  readResponse({ status, body, retryAfter }, pullResponseSchema, now);
const page = { epoch: 'e', changes: [], nextCursor: 0, hasMore: false };

describe('readResponse', () => {
  it('parses a success body with the protocol schema', () => {
    expect(read(200, page)).toEqual({ kind: 'ok', body: page });
  });

  it('treats a success body that does not parse as something to retry, not a crash', () => {
    expect(read(200, { ...page, extra: 1 })).toEqual({ kind: 'retry', status: 200 });
    expect(read(200, undefined)).toEqual({ kind: 'retry', status: 200 });
  });

  it('VER-2, DEV-2: tells which side is too old, and an unknown token', () => {
    expect(read(426, { error: 'client-too-old', message: 'm' })).toEqual({ kind: 'client-too-old' });
    expect(read(409, { error: 'server-too-old', message: 'm' })).toEqual({ kind: 'server-too-old' });
    expect(read(401, { error: 'unauthorized', message: 'm' })).toEqual({ kind: 'unauthorized' });
  });

  it('ENG-3: backs off on 429 and 5xx, with Retry-After in seconds or as a date', () => {
    expect(read(429, { error: 'rate-limited', message: 'm' }, '7')).toEqual({
      kind: 'retry',
      status: 429,
      retryAfterMs: 7000,
    });
    expect(read(503, '<html>', null)).toEqual({ kind: 'retry', status: 503 });
    expect(read(502, undefined, new Date(now + 90_000).toUTCString())).toEqual({
      kind: 'retry',
      status: 502,
      retryAfterMs: 90_000,
    });
  });

  it('reports any other refusal with its error code', () => {
    expect(read(400, { error: 'invalid-request', message: 'm' })).toEqual({
      kind: 'rejected',
      status: 400,
      error: 'invalid-request',
    });
    expect(read(404, 'not json')).toEqual({ kind: 'rejected', status: 404, error: null });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and dates, and ignores anything else', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(new Date(now - 5000).toUTCString(), now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
