// POST /api/v1/sync/push: a batch of outbox mutations, answered one by one (SPEC PUSH-1 to PUSH-5).
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import { MAX_PUSH_BYTES, pushRequestSchema, type PushResponse } from '../../sync/protocol';
import type { SyncStore } from '../storage/sync-store';
import { sendApiError } from './api-error';
import { deviceOf } from './device-authentication';
import { parseRequestPart } from './parse-request';

/** PUSH-1's 256 KB of mutations plus room for the JSON around them. */
export const PUSH_BODY_LIMIT_BYTES = MAX_PUSH_BYTES + 44 * 1024;

export type PushRouteOptions = {
  store: SyncStore;
  clock: () => Date;
  authenticate: onRequestHookHandler;
};

const increasesStrictly = (ids: readonly number[]) =>
  ids.every((id, index) => index === 0 || id > (ids[index - 1] ?? 0));

export const registerPushRoute = (
  app: FastifyInstance,
  { store, clock, authenticate }: PushRouteOptions,
): void => {
  app.post(
    '/sync/push',
    { bodyLimit: PUSH_BODY_LIMIT_BYTES, onRequest: authenticate },
    async (request, reply) => {
      const body = parseRequestPart('body', pushRequestSchema, request.body);
      if (!body.isOk) return sendApiError(reply, 'invalid-request', body.error);
      // Refused whole, not answered `duplicate`: the device would drop the second of two mutations that
      // share an id, and it may be a different record (PUSH-1).
      if (!increasesStrictly(body.value.mutations.map((mutation) => mutation.mutationId))) {
        return sendApiError(reply, 'invalid-request', 'Mutation ids must increase within a batch.');
      }
      const answer = await store.applyPushBatch(deviceOf(request), body.value, clock());
      if (!answer.isOk) return sendApiError(reply, 'unauthorized');
      const response: PushResponse = answer.value;
      return response;
    },
  );
};
