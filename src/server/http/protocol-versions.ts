// Protocol and schema versions on every sync request and response (SPEC VER-1, VER-2). A client
// older than the server supports is told so with 426, a client newer than the server with 409, so
// that the tablet can say which side needs updating instead of failing in some vaguer way.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SCHEMA_VERSION } from '../../domain/shared/schema-version';
import {
  MIN_CLIENT_PROTOCOL_VERSION,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  SCHEMA_HEADER,
} from '../../sync/protocol';
import { sendApiError } from './api-error';
import { isApiPath } from './request-path';

/** A header's whole-number value; anything else (missing, repeated, not a number) is `undefined`. */
const versionOf = (value: string | string[] | undefined): number | undefined =>
  typeof value === 'string' && /^\d{1,6}$/.test(value.trim()) ? Number(value.trim()) : undefined;

/**
 * Too old, too new, or fine. A missing or unreadable header counts as too old: only clients from
 * before versioning, or not ours at all, send none.
 */
export const compareClientVersions = (
  protocolHeader: string | string[] | undefined,
  schemaHeader: string | string[] | undefined,
): 'client-too-old' | 'server-too-old' | 'ok' => {
  const protocol = versionOf(protocolHeader);
  const schema = versionOf(schemaHeader);
  if (protocol === undefined || schema === undefined) return 'client-too-old';
  if (protocol < MIN_CLIENT_PROTOCOL_VERSION || schema < SCHEMA_VERSION) return 'client-too-old';
  if (protocol > PROTOCOL_VERSION || schema > SCHEMA_VERSION) return 'server-too-old';
  return 'ok';
};

/**
 * The protocol a request speaks, once `checkClientVersions` has let it through; a client that sends
 * no readable header never gets that far, so this falls back to the oldest accepted protocol.
 */
export const clientProtocolOf = (request: FastifyRequest): number =>
  versionOf(request.headers[PROTOCOL_HEADER]) ?? MIN_CLIENT_PROTOCOL_VERSION;

/** An `onRequest` hook for the sync API: refuses a client whose versions the server cannot serve. */
export const checkClientVersions = async (request: FastifyRequest, reply: FastifyReply) => {
  const verdict = compareClientVersions(request.headers[PROTOCOL_HEADER], request.headers[SCHEMA_HEADER]);
  if (verdict !== 'ok') return sendApiError(reply, verdict);
};

/** Every API response says which versions the server speaks, errors and 404s included. */
export const registerProtocolHeaders = (app: FastifyInstance): void => {
  app.addHook('onSend', async (request, reply, payload) => {
    if (isApiPath(request.url)) {
      reply.header(PROTOCOL_HEADER, String(PROTOCOL_VERSION));
      reply.header(SCHEMA_HEADER, String(SCHEMA_VERSION));
    }
    return payload;
  });
};
