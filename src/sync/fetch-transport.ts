/**
 * The real transport: `fetch` to the same origin's `/api/v1`, with the protocol and schema versions
 * on every request (VER-1), the device token as a Bearer token, no HTTP cache (`no-store`: API
 * answers hold patient text and must never be stored by the browser) and a timeout, after which the
 * request counts as unreachable (ENG-4). Only numbers go in URLs; records travel in bodies.
 */
import type { z } from 'zod/mini';
import { SCHEMA_VERSION } from '../domain/shared/schema-version';
import {
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  SCHEMA_HEADER,
  enrolResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  wardResponseSchema,
} from './protocol';
import { readResponse } from './read-response';
import type { SyncTransport, TransportResult } from './transport';

export type FetchTransportOptions = {
  /** Where the API is; the same origin's `/api/v1` by default. */
  baseUrl?: string;
  /** How long a request may take before it counts as unreachable. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
};

/** Long enough for a 256 KB batch on poor ward Wi-Fi, short enough that "offline" shows soon. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

export const createFetchTransport = (options: FetchTransportOptions = {}): SyncTransport => {
  const baseUrl = options.baseUrl ?? '/api/v1';
  const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const fetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? (() => Date.now());

  const request = async <Schema extends z.core.$ZodType>(
    method: 'GET' | 'POST',
    path: string,
    schema: Schema,
    { token, body }: { token?: string; body?: unknown },
  ): Promise<TransportResult<z.output<Schema>>> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const headers: Record<string, string> = {
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      [SCHEMA_HEADER]: String(SCHEMA_VERSION),
      accept: 'application/json',
    };
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      const response = await fetchFunction(`${baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
        cache: 'no-store',
        credentials: 'same-origin',
      });
      // Reading the body is inside the timeout too: a connection that stalls mid-body is unreachable.
      const text = await response.text();
      let parsedBody: unknown;
      try {
        parsedBody = text === '' ? undefined : JSON.parse(text);
      } catch {
        parsedBody = undefined;
      }
      return readResponse(
        { status: response.status, retryAfter: response.headers.get('retry-after'), body: parsedBody },
        schema,
        now(),
      );
    } catch {
      return { kind: 'unreachable' };
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    enrol: (body) => request('POST', '/devices/enrol', enrolResponseSchema, { body }),
    push: (token, body) => request('POST', '/sync/push', pushResponseSchema, { token, body }),
    pull: (token, query) => {
      const search = new URLSearchParams({ cursor: String(query.cursor) });
      if (query.limit !== undefined) search.set('limit', String(query.limit));
      return request('GET', `/sync/pull?${search.toString()}`, pullResponseSchema, { token });
    },
    ward: (token) => request('GET', '/ward', wardResponseSchema, { token }),
  };
};
