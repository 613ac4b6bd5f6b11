// Error answers of the sync API (`/api/v1`): `{ error, message }` as protocol `errorResponseSchema`,
// where `message` is plain words for the person holding the tablet. Messages never quote input.
import type { FastifyReply } from 'fastify';
import type { ApiError, ErrorResponse } from '../../sync/protocol';

export const apiErrorMessages = {
  'client-too-old':
    'This app is older than the server accepts. Update the app; nothing on this tablet is lost.',
  'server-too-old':
    'The server is older than this app. Ask whoever runs Wardside to update the server; nothing on this tablet is lost.',
  unauthorized:
    'This tablet is not enrolled, or its enrolment was withdrawn. Enrol it again; nothing on it is lost.',
  forbidden: 'This tablet may not do that.',
  'invalid-request': 'The request is not valid.',
  'invalid-code':
    'That code does not work: it may be mistyped, already used, or more than 15 minutes old. Ask for a new one.',
  'payload-too-large': 'The request is too large. Send fewer records at a time.',
  'rate-limited': 'Too many requests from this tablet. It will try again shortly.',
  'not-found': 'There is nothing here.',
  'server-error':
    'The server could not do this just now. It will be tried again; nothing on this tablet is lost.',
} as const satisfies Record<ApiError, string>;

export const apiErrorStatus = {
  'client-too-old': 426,
  'server-too-old': 409,
  unauthorized: 401,
  forbidden: 403,
  'invalid-request': 400,
  'invalid-code': 400,
  'payload-too-large': 413,
  'rate-limited': 429,
  'not-found': 404,
  'server-error': 500,
} as const satisfies Record<ApiError, number>;

/** Sends an API error with its status; `detail` (field names and limits only) follows the message. */
export const sendApiError = (reply: FastifyReply, error: ApiError, detail?: string): FastifyReply => {
  const message = detail === undefined ? apiErrorMessages[error] : `${apiErrorMessages[error]} ${detail}`;
  const body: ErrorResponse = { error, message };
  return reply.code(apiErrorStatus[error]).send(body);
};
