/**
 * Turning an HTTP answer into a `TransportResult`, shared by every transport so that the real one
 * and the test one read answers alike. A 2xx body that does not parse with the protocol schema is a
 * `retry`, never a crash: a proxy's error page or a half-deployed server should be waited out.
 */
import { z } from 'zod/mini';
import { errorResponseSchema, type ApiError } from './protocol';
import type { TransportResult } from './transport';

/** An HTTP answer, as much of it as the engine needs. */
export type RawResponse = {
  status: number;
  /** The `Retry-After` header, if any. */
  retryAfter: string | null;
  /** The body parsed as JSON, or `undefined` when it was empty or not JSON. */
  body: unknown;
};

/**
 * `Retry-After` in milliseconds: a number of seconds or an HTTP date (RFC 9110 §10.2.3).
 * `undefined` when absent or unreadable.
 */
export const parseRetryAfter = (header: string | null, nowMs: number): number | undefined => {
  if (header === null || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
};

const errorCodeOf = (body: unknown): ApiError | null => {
  const parsed = errorResponseSchema.safeParse(body);
  return parsed.success ? parsed.data.error : null;
};

/** Reads an answer with the schema of its success body. */
export const readResponse = <Schema extends z.core.$ZodType>(
  response: RawResponse,
  schema: Schema,
  nowMs: number,
): TransportResult<z.output<Schema>> => {
  const { status } = response;
  if (status >= 200 && status < 300) {
    const parsed = z.safeParse(schema, response.body);
    return parsed.success ? { kind: 'ok', body: parsed.data } : { kind: 'retry', status };
  }
  const error = errorCodeOf(response.body);
  if (status === 426 || error === 'client-too-old') return { kind: 'client-too-old' };
  if (error === 'server-too-old') return { kind: 'server-too-old' };
  if (status === 401) return { kind: 'unauthorized' };
  if (status === 429 || status >= 500 || status === 408) {
    const retryAfterMs = parseRetryAfter(response.retryAfter, nowMs);
    return retryAfterMs === undefined ? { kind: 'retry', status } : { kind: 'retry', status, retryAfterMs };
  }
  return { kind: 'rejected', status, error };
};
