// Who is asking: the bearer token names an enrolled, unrevoked device (SPEC DEV-2), and that device,
// not anything in the body, decides the ward and role of the request (DEV-4). Each device then has a
// request allowance (rate-limiter.ts). Both run before the body is parsed, so a stranger's request
// costs one indexed look-up and no parsing.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedDevice, SyncStore } from '../storage/sync-store';
import { sendApiError } from './api-error';
import type { RateLimiter } from './rate-limiter';

const bearerPattern = /^Bearer ([A-Za-z0-9_-]{16,256})$/;

/** The device each authenticated request came from, held beside the request rather than on it. */
const devices = new WeakMap<FastifyRequest, AuthenticatedDevice>();

export type DeviceAuthenticationOptions = {
  store: SyncStore;
  clock: () => Date;
  limiter: RateLimiter;
};

/** An `onRequest` hook: answers 401 (DEV-2) or 429, or lets the request on with its device known. */
export const createDeviceAuthentication =
  ({ store, clock, limiter }: DeviceAuthenticationOptions) =>
  async (request: FastifyRequest, reply: FastifyReply) => {
    const token = bearerPattern.exec(request.headers.authorization ?? '')?.[1];
    const device = token === undefined ? undefined : await store.authenticateDevice(token, clock());
    if (device === undefined) return sendApiError(reply, 'unauthorized');
    // Real time, not the injectable sync clock: the allowance is about how fast requests arrive.
    const decision = limiter.take(`device:${device.id}`, Date.now());
    if (!decision.isAllowed) {
      reply.header('retry-after', String(decision.retryAfterSeconds));
      return sendApiError(reply, 'rate-limited');
    }
    devices.set(request, device);
  };

/** The device of a request that passed {@link createDeviceAuthentication}. */
export const deviceOf = (request: FastifyRequest): AuthenticatedDevice => {
  const device = devices.get(request);
  if (device === undefined) throw new Error('This route must authenticate the device first.');
  return device;
};
