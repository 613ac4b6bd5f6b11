import { describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION } from '../domain/shared/schema-version';
import { createFetchTransport } from './fetch-transport';
import { PROTOCOL_VERSION } from './protocol';

const page = { epoch: 'e', changes: [], nextCursor: 3, hasMore: false };

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers });

describe('createFetchTransport', () => {
  it('VER-1: sends the versions, the token and no-store to the same origin, and parses the answer', async () => {
    const fetchFunction = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => answer(200, page));
    const transport = createFetchTransport({ fetch: fetchFunction });

    expect(await transport.pull('secret-token', { cursor: 2, limit: 500 })).toEqual({
      kind: 'ok',
      body: page,
    });
    const [url, init] = fetchFunction.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/sync/pull?cursor=2&limit=500');
    expect(init).toMatchObject({
      method: 'GET',
      cache: 'no-store',
      headers: {
        'wardside-protocol': String(PROTOCOL_VERSION),
        'wardside-schema': String(SCHEMA_VERSION),
        authorization: 'Bearer secret-token',
      },
    });
  });

  it('posts JSON for a push', async () => {
    const fetchFunction = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
      answer(200, { epoch: 'e', results: [], lastAppliedMutationId: 0, clockSkewMs: 0 }),
    );
    const transport = createFetchTransport({ fetch: fetchFunction });
    const body = { sentAt: '2025-01-31T09:00:00.000Z', mutations: [] };
    await transport.push('t', body);
    const [url, init] = fetchFunction.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/sync/push');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe(JSON.stringify(body));
    expect(init?.headers).toMatchObject({ 'content-type': 'application/json' });
  });

  it('ENG-4: a network error or a timeout is unreachable', async () => {
    const failing = createFetchTransport({
      fetch: async () => Promise.reject(new TypeError('Failed to fetch')),
    });
    expect(await failing.ward('t')).toEqual({ kind: 'unreachable' });

    const hanging = createFetchTransport({
      timeoutMs: 20,
      fetch: (_input, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    });
    expect(await hanging.ward('t')).toEqual({ kind: 'unreachable' });
  });

  it('reads Retry-After and answers that are not JSON', async () => {
    const transport = createFetchTransport({
      fetch: async () => new Response('<html>busy</html>', { status: 503, headers: { 'retry-after': '30' } }),
    });
    expect(await transport.ward('t')).toEqual({ kind: 'retry', status: 503, retryAfterMs: 30_000 });
  });
});
