import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import { bodyLimitBytes } from './app';
import { serializeErrorSafely } from './privacy-logging';

/** Stands in for what a patient or nurse wrote: it must never reach a log line or an error answer. */
const marker = 'Mrs-Marker-said-the-night-nurse-was-rude';

type LogLine = { msg?: string; level?: number; [key: string]: unknown };

describe('request logging', () => {
  const lines: string[] = [];
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({
      logger: { level: 'trace', stream: { write: (line) => lines.push(line) } },
      extendApp: (app) => {
        app.post('/api/test/echo-length', async (request) => ({
          length: JSON.stringify(request.body).length,
        }));
        app.get('/api/test/throws', async () => {
          throw new Error(`storage failed while saving "${marker}"`);
        });
      },
    });
  });
  afterAll(() => testApp.close());

  const send = (request: InjectOptions) => testApp.app.inject(request);
  const json = { 'content-type': 'application/json', authorization: `Bearer ${marker}` };

  it('never logs bodies, query strings, headers or error messages, nor echoes them', async () => {
    const responses = await Promise.all([
      send({ method: 'GET', url: `/api/health?search=${marker}`, headers: json }),
      send({
        method: 'POST',
        url: `/api/test/echo-length?note=${marker}`,
        headers: json,
        payload: { text: marker },
      }),
      send({ method: 'POST', url: '/api/test/echo-length', headers: json, payload: `{"text": "${marker}` }),
      send({
        method: 'POST',
        url: '/api/test/echo-length',
        headers: json,
        payload: `"${marker.repeat(bodyLimitBytes / 10)}"`,
      }),
      send({ method: 'GET', url: `/api/test/throws?text=${marker}`, headers: json }),
      send({ method: 'GET', url: `/api/nope?text=${marker}`, headers: json }),
      send({ method: 'GET', url: `/capture?draft=${marker}`, headers: { accept: 'text/html' } }),
      send({ method: 'GET', url: `/missing.js?${marker}` }),
    ]);

    expect(responses.map((response) => response.statusCode)).toEqual([
      200, 200, 400, 413, 500, 404, 200, 404,
    ]);
    for (const response of responses.filter((response) => response.statusCode >= 400)) {
      expect(response.body).not.toContain(marker);
    }
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(marker);
  });

  it('logs one line per request with method, route, path, status and duration', async () => {
    lines.length = 0;
    await send({ method: 'GET', url: `/api/health?search=${marker}` });
    const completed = lines
      .map((line): LogLine => JSON.parse(line))
      .filter((line) => line.msg === 'request completed');
    expect(completed).toEqual([
      expect.objectContaining({
        method: 'GET',
        route: '/api/health',
        path: '/api/health',
        statusCode: 200,
        durationMs: expect.any(Number),
      }),
    ]);
  });

  it('logs a failure with its kind and stack frames but not its message', async () => {
    lines.length = 0;
    await send({ method: 'GET', url: '/api/test/throws' });
    const failure = lines
      .map((line): LogLine => JSON.parse(line))
      .find((line) => line.msg === 'request failed');
    expect(failure?.err).toEqual(
      expect.objectContaining({ type: 'Error', stack: expect.stringContaining('at ') }),
    );
  });
});

describe('serializeErrorSafely', () => {
  it('keeps the code and status but withholds the message from the message and the stack', () => {
    const error = Object.assign(new SyntaxError(`Unexpected token in "${marker}"`), {
      code: 'E_PARSE',
      statusCode: 400,
    });
    const serialized = serializeErrorSafely(error);
    expect(serialized).toMatchObject({ type: 'SyntaxError', code: 'E_PARSE', statusCode: 400 });
    expect(JSON.stringify(serialized)).not.toContain(marker);
  });
});
