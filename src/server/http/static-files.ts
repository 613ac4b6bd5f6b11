// Serves the built app (Vite's dist/client) from the same origin as the API, with an SPA fallback so
// that /capture, /kiosk and the other app routes load index.html.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorCodeFor } from './error-handling';
import { isApiPath, pathOf } from './request-path';

export const immutableCacheControl = 'public, max-age=31536000, immutable';
export const revalidateCacheControl = 'no-cache';

export const notBuiltMessage =
  'The Wardside app has not been built yet. Run `npm run build` (or use `npm start`, which builds it first), then reload this page.';

/** Vite puts content-hashed files in assets/, e.g. assets/index-B3x9_fQa.js. */
const hashedAssetPattern = /^assets\/.+[.-][\w-]{6,}\.[a-z0-9]+$/i;

/**
 * Hashed assets never change under the same name, so browsers may keep them for a year. Everything
 * else (index.html, sw.js, registerSW.js, workbox-*.js, manifest.webmanifest, icons) must be checked
 * on each use, or a deployed fix would not reach the tablets.
 */
export const cacheControlFor = (relativePath: string): string =>
  hashedAssetPattern.test(relativePath.split(path.sep).join('/'))
    ? immutableCacheControl
    : revalidateCacheControl;

const hasFileExtension = (urlPath: string) => /\.[^/]*$/.test(urlPath);

const acceptsHtml = (request: FastifyRequest) => {
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html') || accept.includes('*/*');
};

/** A page load of an app route, as opposed to a missing file or an API call. */
const isAppRoute = (request: FastifyRequest) =>
  (request.method === 'GET' || request.method === 'HEAD') &&
  !isApiPath(request.url) &&
  !hasFileExtension(pathOf(request.url)) &&
  acceptsHtml(request);

const sendAppShell = async (reply: FastifyReply, indexPath: string) => {
  // Checked on every request, not at start, so a build made while the server runs is picked up.
  if (!existsSync(indexPath)) {
    return reply.code(503).type('text/plain; charset=utf-8').send(notBuiltMessage);
  }
  return reply
    .code(200)
    .type('text/html; charset=utf-8')
    .header('cache-control', revalidateCacheControl)
    .send(await readFile(indexPath));
};

export const registerStaticFiles = async (app: FastifyInstance, staticDirectory: string): Promise<void> => {
  const indexPath = path.join(staticDirectory, 'index.html');
  await app.register(fastifyStatic, {
    root: staticDirectory,
    prefix: '/',
    cacheControl: false,
    dotfiles: 'ignore',
    setHeaders: (response, filePath) => {
      response.setHeader('cache-control', cacheControlFor(path.relative(staticDirectory, filePath)));
    },
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (isApiPath(request.url)) return reply.code(404).send({ error: errorCodeFor(404) });
    if (isAppRoute(request)) return sendAppShell(reply, indexPath);
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
  });
};
