import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import { contentSecurityPolicy, securityHeaders } from './security-headers';

describe('security headers', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  const responses = [
    ['the app shell', { url: '/', headers: { accept: 'text/html' } }],
    ['an app route', { url: '/capture', headers: { accept: 'text/html' } }],
    ['a hashed asset', { url: '/assets/app-abc123.js' }],
    ['the service worker', { url: '/sw.js' }],
    ['the health check', { url: '/api/health' }],
    ['an unknown API path', { url: '/api/nope' }],
    ['a missing file', { url: '/missing.png' }],
    [
      'a rejected body',
      { url: '/api/health', method: 'POST', payload: '{', headers: { 'content-type': 'application/json' } },
    ],
  ] as const;

  it.each(responses)('are on %s', async (_name, request) => {
    const response = await testApp.app.inject({ method: 'GET', ...request });
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(response.headers[name], name).toBe(value);
    }
  });

  it('allow no inline script or style, no plugins and no framing', () => {
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).toContain("object-src 'none'");
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
  });

  it.each([
    ['/api/health', 200],
    ['/api/nope', 404],
    ['/api', 404],
  ])('make %s uncacheable (no-store)', async (url, statusCode) => {
    const response = await testApp.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(statusCode);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('make API errors uncacheable too', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/health',
      headers: { 'content-type': 'application/json' },
      payload: '{"not json',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['cache-control']).toBe('no-store');
  });
});
