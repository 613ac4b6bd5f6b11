// POST /api/v1/devices/enrol: a tablet trades a single-use code for a device id and token (SPEC DEV-1).
// No token is needed, or looked at: the code alone decides the ward and the role.
import type { FastifyInstance } from 'fastify';
import { enrolRequestSchema, type EnrolResponse } from '../../sync/protocol';
import type { SyncStore } from '../storage/sync-store';
import { sendApiError } from './api-error';
import { parseRequestPart } from './parse-request';
import type { RateLimiter } from './rate-limiter';

export type EnrolRouteOptions = { store: SyncStore; clock: () => Date; limiter: RateLimiter };

export const registerEnrolRoute = (
  app: FastifyInstance,
  { store, clock, limiter }: EnrolRouteOptions,
): void => {
  app.post(
    '/devices/enrol',
    {
      bodyLimit: 4 * 1024,
      // Per address, as there is no device yet: codes are too long to guess, but each try costs a write.
      onRequest: async (request, reply) => {
        const decision = limiter.take(`address:${request.ip}`, Date.now());
        if (!decision.isAllowed) {
          reply.header('retry-after', String(decision.retryAfterSeconds));
          return sendApiError(reply, 'rate-limited');
        }
      },
    },
    async (request, reply) => {
      const body = parseRequestPart('body', enrolRequestSchema, request.body);
      if (!body.isOk) return sendApiError(reply, 'invalid-request', body.error);
      const enrolment = await store.enrolDevice(body.value.code, clock());
      if (enrolment === undefined) return sendApiError(reply, 'invalid-code');
      const { device, token, ward, epoch } = enrolment;
      const answer: EnrolResponse = {
        deviceId: device.id,
        token,
        ward: { id: ward.id, name: ward.name },
        role: device.role,
        epoch,
        // Kiosks too: leaving kiosk mode needs the staff PIN, checked on the tablet (DEV-3).
        staffPin: ward.staffPin,
        escalationText: ward.escalationText,
      };
      return reply.code(201).send(answer);
    },
  );
};
