import { afterEach, describe, expect, it } from 'vitest';
import { fakeBuildFiles, fakeIndexHtml } from '../testing/fake-build';
import { createTestApp, type TestApp } from '../testing/test-app';
import { cacheControlFor, immutableCacheControl, notBuiltMessage } from './static-files';

const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('the built app', () => {
  let testApp: TestApp;
  afterEach(() => testApp.close());

  it('serves index.html at / and for app routes, checked on every use', async () => {
    testApp = await createTestApp();
    for (const url of ['/', '/capture', '/kiosk/thank-you', '/board?ward=1']) {
      const response = await testApp.app.inject({ method: 'GET', url, headers: html });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.body, url).toBe(fakeIndexHtml);
    }
  });

  it('answers unknown /api paths with JSON 404, never the app shell', async () => {
    testApp = await createTestApp();
    for (const url of ['/api/nope', '/api', '/api/capture/']) {
      const response = await testApp.app.inject({ method: 'GET', url, headers: html });
      expect(response.statusCode, url).toBe(404);
      expect(response.json(), url).toEqual({ error: 'not-found' });
    }
  });

  it('serves hashed assets as immutable for a year', async () => {
    testApp = await createTestApp();
    const response = await testApp.app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe(immutableCacheControl);
    expect(response.body).toBe(fakeBuildFiles['assets/app-abc123.js']);
  });

  it.each([
    '/index.html',
    '/sw.js',
    '/registerSW.js',
    '/workbox-5ffe50d4.js',
    '/manifest.webmanifest',
    '/robots.txt',
  ])('serves %s with no-cache so updates are seen', async (url) => {
    testApp = await createTestApp();
    const response = await testApp.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('answers a missing file with a plain 404, not the app shell', async () => {
    testApp = await createTestApp();
    for (const url of ['/assets/gone-abc123.js', '/favicon.ico']) {
      const response = await testApp.app.inject({ method: 'GET', url, headers: html });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('<html');
    }
  });

  it('does not give the app shell to requests that do not want HTML, or that are not GET', async () => {
    testApp = await createTestApp();
    const asJson = await testApp.app.inject({
      method: 'GET',
      url: '/capture',
      headers: { accept: 'application/json' },
    });
    const asPost = await testApp.app.inject({ method: 'POST', url: '/capture', headers: html });
    expect(asJson.statusCode).toBe(404);
    expect(asPost.statusCode).toBe(404);
  });

  it('says to run npm run build when there is no build, while the API still works', async () => {
    testApp = await createTestApp({ isBuilt: false });
    const page = await testApp.app.inject({ method: 'GET', url: '/capture', headers: html });
    expect(page.statusCode).toBe(503);
    expect(page.headers['content-type']).toMatch(/^text\/plain/);
    expect(page.body).toBe(notBuiltMessage);
    expect(page.body).toContain('npm run build');
    const health = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
  });
});

describe('cacheControlFor', () => {
  it('treats only hashed files under assets/ as immutable', () => {
    expect(cacheControlFor('assets/index-B3x9_fQa.js')).toBe(immutableCacheControl);
    expect(cacheControlFor('assets/logo.svg')).toBe('no-cache');
    expect(cacheControlFor('workbox-5ffe50d4.js')).toBe('no-cache');
    expect(cacheControlFor('index.html')).toBe('no-cache');
  });
});
