import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../domain/shared/schema-version';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, SCHEMA_HEADER, errorResponseSchema } from '../../sync/protocol';
import { apiHeaders } from '../testing/api-headers';
import { createTestApp, type TestApp } from '../testing/test-app';
import { compareClientVersions } from './protocol-versions';

describe('protocol versions over HTTP', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  const pull = (headers: Record<string, string>) =>
    testApp.app.inject({ method: 'GET', url: '/api/v1/sync/pull?cursor=0', headers });

  it('VER-1: every API answer carries the server protocol and schema versions, errors included', async () => {
    const responses = await Promise.all([
      testApp.app.inject({ method: 'GET', url: '/api/health' }),
      testApp.app.inject({ method: 'GET', url: '/api/v1/nothing-here', headers: apiHeaders() }),
      pull(apiHeaders()),
      pull({}),
    ]);
    expect(responses.map((response) => response.statusCode)).toEqual([200, 404, 401, 426]);
    for (const response of responses) {
      expect(response.headers[PROTOCOL_HEADER]).toBe(String(PROTOCOL_VERSION));
      expect(response.headers[SCHEMA_HEADER]).toBe(String(SCHEMA_VERSION));
    }
  });

  it('VER-2: a client without versions, or too old, gets 426 client-too-old before its token is looked at', async () => {
    const tooOld: Record<string, string>[] = [
      {},
      { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
      { ...apiHeaders(), [PROTOCOL_HEADER]: '0' },
      { ...apiHeaders(), [SCHEMA_HEADER]: 'one' },
    ];
    for (const headers of tooOld) {
      const response = await pull(headers);
      expect(response.statusCode).toBe(426);
      expect(errorResponseSchema.parse(response.json()).error).toBe('client-too-old');
    }
  });

  it('VER-2: a client newer than the server gets 409 server-too-old', async () => {
    for (const headers of [
      { ...apiHeaders(), [PROTOCOL_HEADER]: String(PROTOCOL_VERSION + 1) },
      { ...apiHeaders(), [SCHEMA_HEADER]: String(SCHEMA_VERSION + 1) },
    ]) {
      const response = await pull(headers);
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({
        error: 'server-too-old',
        message: expect.stringContaining('update the server'),
      });
    }
  });
});

describe('compareClientVersions', () => {
  it('accepts the current versions and nothing unreadable', () => {
    expect(compareClientVersions(String(PROTOCOL_VERSION), String(SCHEMA_VERSION))).toBe('ok');
    expect(compareClientVersions(` ${PROTOCOL_VERSION} `, String(SCHEMA_VERSION))).toBe('ok');
    expect(compareClientVersions(['1', '1'], String(SCHEMA_VERSION))).toBe('client-too-old');
    expect(compareClientVersions('1.0', String(SCHEMA_VERSION))).toBe('client-too-old');
    expect(compareClientVersions(undefined, undefined)).toBe('client-too-old');
  });
});
