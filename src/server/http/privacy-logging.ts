// What the server logs about requests: method, route, path, status and duration, once per request.
// Never bodies, query strings, headers (Authorization) or error messages, which can all carry what a
// patient or nurse wrote. Fastify's own log lines go through the controller below, and anything that
// logs a request, reply or error object goes through the serializers.
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { pathOf } from './request-path';

type LoggableRequest = { method?: string; url?: string };
type LoggableReply = { statusCode?: number };

const describeRequest = (request: FastifyRequest) => ({
  method: request.method,
  route: request.routeOptions.url,
  path: pathOf(request.url),
});

/**
 * An error as logged: its kind, code, status and stack frames, but not its message, which may quote
 * input (JSON.parse puts the body in it; PostgreSQL puts key values in `detail`).
 */
export const serializeErrorSafely = (error: unknown) => {
  const message = 'withheld: error messages may quote input';
  if (!(error instanceof Error)) return { type: typeof error, message, stack: '' };
  const code = 'code' in error ? error.code : undefined;
  const statusCode = 'statusCode' in error ? error.statusCode : undefined;
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  return { type: error.name, message, code, statusCode, stack: frames.join('\n') };
};

export const safeLogSerializers = {
  req: (request: LoggableRequest) => ({ method: request.method, path: pathOf(request.url ?? '') }),
  res: (reply: LoggableReply) => ({ statusCode: reply.statusCode }),
  err: serializeErrorSafely,
};

export class PrivacyLogController extends LogController {
  constructor() {
    super({ disableRequestLogging: false });
  }

  /** One line per request, written when it completes, is enough to follow traffic. */
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    const entry = {
      ...describeRequest(request),
      statusCode: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime),
    };
    if (error) reply.log.error({ ...entry, err: error }, 'request errored');
    else reply.log.info(entry, 'request completed');
  }

  override defaultErrorLog(error: Error, request: FastifyRequest, reply: FastifyReply) {
    const level = reply.statusCode >= 500 ? 'error' : 'info';
    reply.log[level]({ ...describeRequest(request), err: error }, 'request failed');
  }

  override streamError(error: Error, request: FastifyRequest, reply: FastifyReply) {
    reply.log.warn({ ...describeRequest(request), err: error }, 'response stream failed');
  }

  override routeNotFound(request: FastifyRequest) {
    request.log.debug(describeRequest(request), 'route not found');
  }

  override writeHeadError(error: Error, request: FastifyRequest, reply: FastifyReply) {
    reply.log.warn({ ...describeRequest(request), err: error }, 'could not write response headers');
  }

  override serializerError(error: Error, request: FastifyRequest, reply: FastifyReply) {
    reply.log.error({ ...describeRequest(request), err: error }, 'response serializer failed');
  }
}
