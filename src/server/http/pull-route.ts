// GET /api/v1/sync/pull?cursor=…&limit=…: the ward's changes after the cursor (SPEC PULL-2); a kiosk
// gets published ideas only (DEV-3).
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import { MAX_PULL_LIMIT, pullQuerySchema, type PullResponse } from '../../sync/protocol';
import type { SyncStore } from '../storage/sync-store';
import { sendApiError } from './api-error';
import { deviceOf } from './device-authentication';
import { parseRequestPart } from './parse-request';
import { clientProtocolOf } from './protocol-versions';

export type PullRouteOptions = { store: SyncStore; authenticate: onRequestHookHandler };

export const registerPullRoute = (app: FastifyInstance, { store, authenticate }: PullRouteOptions): void => {
  app.get('/sync/pull', { onRequest: authenticate }, async (request, reply) => {
    const query = parseRequestPart('query', pullQuerySchema, request.query);
    if (!query.isOk) return sendApiError(reply, 'invalid-request', query.error);
    const { cursor, limit = MAX_PULL_LIMIT } = query.value;
    const response: PullResponse = await store.pullChanges(deviceOf(request), cursor, limit, {
      protocolVersion: clientProtocolOf(request),
    });
    return response;
  });
};
