// Security headers on every response, static files and API alike. Written here rather than pulled in
// from helmet: the policy is short, fixed, and easier to review in one place.
import type { FastifyInstance } from 'fastify';
import { isApiPath } from './request-path';

/** No inline script or style anywhere: the app must work under this policy as built. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
} as const;

/**
 * Adds the headers in onSend, which runs for routes, 404s and errors alike. API answers are never
 * stored by the browser, a proxy or the service worker: they may hold patient text.
 */
export const registerSecurityHeaders = (app: FastifyInstance): void => {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(securityHeaders);
    if (isApiPath(request.url)) reply.header('cache-control', 'no-store');
    return payload;
  });
};
