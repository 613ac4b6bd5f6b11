// One shape for every error answer: `{ error: '<kebab-case-code>' }`. The message of an error is never
// sent or logged, because parsers put the offending input in it (Node's JSON.parse quotes the body).
import type { FastifyInstance } from 'fastify';

const errorCodes: Readonly<Record<number, string>> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  408: 'request-timeout',
  409: 'conflict',
  413: 'payload-too-large',
  414: 'uri-too-long',
  415: 'unsupported-media-type',
  422: 'unprocessable-entity',
  429: 'too-many-requests',
  431: 'request-headers-too-large',
  503: 'unavailable',
};

/** The `error` code for a status: a known name, else `bad-request` (4xx) or `internal-error` (5xx). */
export const errorCodeFor = (statusCode: number): string =>
  errorCodes[statusCode] ?? (statusCode < 500 ? 'bad-request' : 'internal-error');

const codeOf = (error: unknown): unknown =>
  typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;

const statusCodeOf = (error: unknown): number => {
  const statusCode =
    typeof error === 'object' && error !== null && 'statusCode' in error ? error.statusCode : undefined;
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode <= 599 ? statusCode : 500;
};

export const registerErrorHandling = (app: FastifyInstance): void => {
  app.setErrorHandler((error, request, reply) => {
    const statusCode = statusCodeOf(error);
    if (statusCode >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ statusCode, code: codeOf(error) }, 'request rejected');
    return reply.code(statusCode).send({ error: errorCodeFor(statusCode) });
  });
};
