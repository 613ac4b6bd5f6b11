// The sync API under /api/v1: version checks first (SPEC VER-2), then per route the device's token
// and allowance, then the body. Errors here answer `{ error, message }` (protocol
// `errorResponseSchema`) instead of the bare codes the rest of the server uses.
import type { FastifyInstance } from 'fastify';
import type { SyncStore } from '../storage/sync-store';
import { sendApiError } from './api-error';
import { createDeviceAuthentication } from './device-authentication';
import { registerEnrolRoute } from './enrol-route';
import { checkClientVersions } from './protocol-versions';
import { registerPullRoute } from './pull-route';
import { registerPushRoute } from './push-route';
import { createRateLimiter, type RateLimit } from './rate-limiter';
import { registerWardRoute } from './ward-route';

export type SyncApiRateLimits = { device: RateLimit; enrolment: RateLimit };

/**
 * A device syncing 10,000 records sends about 100 pushes and 20 pulls at once, so the burst is
 * generous; five a second after that is far above a healthy tablet's steady rate.
 */
export const defaultSyncApiRateLimits: SyncApiRateLimits = {
  device: { capacity: 300, refillPerSecond: 5 },
  enrolment: { capacity: 30, refillPerSecond: 0.5 },
};

export type SyncApiOptions = {
  store: SyncStore;
  clock: () => Date;
  rateLimits?: SyncApiRateLimits;
};

const statusOf = (error: unknown): number => {
  const statusCode =
    typeof error === 'object' && error !== null && 'statusCode' in error ? error.statusCode : 500;
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode <= 599 ? statusCode : 500;
};

export const registerSyncApi = async (
  app: FastifyInstance,
  { store, clock, rateLimits = defaultSyncApiRateLimits }: SyncApiOptions,
): Promise<void> => {
  const authenticate = createDeviceAuthentication({
    store,
    clock,
    limiter: createRateLimiter(rateLimits.device),
  });
  await app.register(
    async (api) => {
      api.addHook('onRequest', checkClientVersions);
      // Errors raised before a handler runs (body too large, not JSON) and failures inside one.
      api.setErrorHandler((error, request, reply) => {
        const statusCode = statusOf(error);
        if (statusCode >= 500) {
          request.log.error({ err: error }, 'request failed');
          return sendApiError(reply, 'server-error');
        }
        request.log.info({ statusCode }, 'request rejected');
        if (statusCode === 413) return sendApiError(reply, 'payload-too-large');
        if (statusCode === 415)
          return sendApiError(reply, 'invalid-request', 'Send JSON (application/json).');
        return sendApiError(reply, 'invalid-request', 'The body is not valid JSON.');
      });
      api.setNotFoundHandler((_request, reply) => sendApiError(reply, 'not-found'));
      registerEnrolRoute(api, { store, clock, limiter: createRateLimiter(rateLimits.enrolment) });
      registerPushRoute(api, { store, clock, authenticate });
      registerPullRoute(api, { store, authenticate });
      registerWardRoute(api, { store, authenticate });
    },
    { prefix: '/api/v1' },
  );
};
