// GET /api/v1/ward: the ward's settings as they are now, so that a PIN or escalation text changed
// after enrolment reaches the tablets. The PIN verifier goes to every token, kiosks included: leaving
// kiosk mode needs the staff PIN, checked on the tablet with no network (SPEC DEV-3 says why that is
// acceptable).
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import type { WardResponse } from '../../sync/protocol';
import type { SyncStore } from '../storage/sync-store';
import { sendApiError } from './api-error';
import { deviceOf } from './device-authentication';

export type WardRouteOptions = { store: SyncStore; authenticate: onRequestHookHandler };

export const registerWardRoute = (app: FastifyInstance, { store, authenticate }: WardRouteOptions): void => {
  app.get('/ward', { onRequest: authenticate }, async (request, reply) => {
    const device = deviceOf(request);
    const ward = await store.findWard(device.wardId);
    if (ward === undefined) return sendApiError(reply, 'not-found');
    const response: WardResponse = {
      epoch: await store.getEpoch(),
      ward: { id: ward.id, name: ward.name },
      role: device.role,
      escalationText: ward.escalationText,
      modeOfCollection: ward.modeOfCollection,
      staffPin: ward.staffPin,
    };
    return response;
  });
};
