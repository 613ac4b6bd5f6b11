/**
 * How the sync engine talks to the server, as a type: `fetch-transport.ts` is the real one, and tests
 * use an in-memory one that drives the real server app. Every call resolves, never rejects, to a
 * result the engine can act on: the body parsed with the protocol's schema, or what went wrong.
 */
import type {
  ApiError,
  EnrolRequest,
  EnrolResponse,
  PullQuery,
  PullResponse,
  PushRequest,
  PushResponse,
  WardResponse,
} from './protocol';

/** Why a request did not give a usable answer. */
export type TransportFailure =
  /** The token is revoked, unknown or missing (DEV-2): pause, keep the outbox. */
  | { kind: 'unauthorized' }
  /** One side needs updating (VER-2): say which, keep the outbox. */
  | { kind: 'client-too-old' }
  | { kind: 'server-too-old' }
  /** 429, 5xx, or an answer that does not parse: back off and try again (ENG-3). */
  | { kind: 'retry'; status: number; retryAfterMs?: number }
  /** No answer at all: a network error or a timeout. The device is offline (ENG-4). */
  | { kind: 'unreachable' }
  /** Any other 4xx: the server refused the request itself. `error` is its code, when it sent one. */
  | { kind: 'rejected'; status: number; error: ApiError | null };

/** What a call gives. */
export type TransportResult<Body> = { kind: 'ok'; body: Body } | TransportFailure;

export type SyncTransport = {
  /** `POST /api/v1/devices/enrol` (DEV-1). */
  enrol: (body: EnrolRequest) => Promise<TransportResult<EnrolResponse>>;
  /** `POST /api/v1/sync/push` (PUSH-1 to PUSH-5). */
  push: (token: string, body: PushRequest) => Promise<TransportResult<PushResponse>>;
  /** `GET /api/v1/sync/pull` (PULL-2). */
  pull: (token: string, query: PullQuery) => Promise<TransportResult<PullResponse>>;
  /** `GET /api/v1/ward`: the ward's settings as they are now. */
  ward: (token: string) => Promise<TransportResult<WardResponse>>;
};
