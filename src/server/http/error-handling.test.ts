import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import { bodyLimitBytes } from './app';
import { errorCodeFor } from './error-handling';

describe('error answers', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp({
      extendApp: (app) => {
        app.post('/api/test/accept', async () => ({ isAccepted: true }));
        app.get('/api/test/teapot', async () => {
          throw Object.assign(new Error('short and stout'), { statusCode: 418 });
        });
      },
    });
  });
  afterAll(() => testApp.close());

  it('accepts a body up to the limit', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/test/accept',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'x'.repeat(bodyLimitBytes - 20) }),
    });
    expect(response.statusCode).toBe(200);
  });

  it('refuses a body over 1 MiB with 413 payload-too-large', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/test/accept',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'x'.repeat(bodyLimitBytes) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ error: 'payload-too-large' });
  });

  it('answers malformed JSON with 400 bad-request and nothing else', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/test/accept',
      headers: { 'content-type': 'application/json' },
      payload: '{"text": "unfinished',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: 'bad-request' });
  });

  it('answers an unsupported content type with 415', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/test/accept',
      headers: { 'content-type': 'text/csv' },
      payload: 'a,b',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toEqual({ error: 'unsupported-media-type' });
  });

  it('keeps the status of an error thrown by a route but not its message', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/test/teapot' });
    expect(response.statusCode).toBe(418);
    expect(response.json()).toEqual({ error: 'bad-request' });
  });
});

describe('errorCodeFor', () => {
  it('names known statuses and falls back by class', () => {
    expect(errorCodeFor(404)).toBe('not-found');
    expect(errorCodeFor(413)).toBe('payload-too-large');
    expect(errorCodeFor(499)).toBe('bad-request');
    expect(errorCodeFor(500)).toBe('internal-error');
    expect(errorCodeFor(502)).toBe('internal-error');
  });
});
