// Test support: a network between device sync engines and ONE REAL server app (`buildApp` on SQLite in
// a temporary folder, reached through `app.inject`, no port). Requests wait in a queue until the test
// delivers them, so a test decides every interleaving, and it can drop a request, drop the answer
// after the server handled it, send a request twice, deliver out of order, or answer for the server
// (a 503 or 429 from a proxy). In `auto` mode each request is delivered as soon as it is made,
// unless a fault was armed for it with `failNext`.
import { copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { SCHEMA_VERSION } from '../../src/domain/shared/schema-version';
import { buildApp } from '../../src/server/http/app';
import { migrateToLatest } from '../../src/server/migrations/migrate-to-latest';
import { openDatabase, sqliteFileName, type Database } from '../../src/server/storage/database';
import { createSyncStore } from '../../src/server/storage/kysely-sync-store';
import type { SyncStore, Ward } from '../../src/server/storage/sync-store';
import {
  createTemporaryDirectory,
  type TemporaryDirectory,
} from '../../src/server/testing/temporary-directory';
import {
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  SCHEMA_HEADER,
  enrolResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  wardResponseSchema,
  type DeviceRole,
} from '../../src/sync/protocol';
import { readResponse, type RawResponse } from '../../src/sync/read-response';
import type { SyncTransport, TransportResult } from '../../src/sync/transport';

/** What can go wrong with one request on the way. */
export type Fault =
  /** Lost before the server saw it. */
  | 'drop-request'
  /** The server handled it; the answer was lost. */
  | 'drop-response'
  /** Handled now, and a copy arrives at the server again later (its answer goes nowhere). */
  | 'duplicate'
  /** Answered by something in between, never reaching the server. */
  | { status: number; retryAfter?: string; body?: unknown };

export type PendingRequest = {
  readonly id: number;
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly payload: unknown;
  /** A replayed copy: the server sees it, no one hears the answer. */
  readonly isGhost: boolean;
  readonly respond: (response: RawResponse | 'unreachable') => void;
};

type Matcher = (request: PendingRequest) => boolean;

export type InMemoryNetwork = {
  readonly store: SyncStore;
  /** The server's clock, which the test moves. */
  readonly serverClock: { now: () => Date; set: (ms: number) => void; advance: (ms: number) => void };
  /** A transport for one device. */
  createTransport: () => SyncTransport;
  createWard: (name?: string) => Promise<Ward>;
  createEnrolmentCode: (wardId: string, role?: DeviceRole) => Promise<string>;
  setMode: (mode: 'auto' | 'manual') => void;
  /** Requests waiting, oldest first. */
  pending: () => readonly PendingRequest[];
  /** Delivers the request at `index` (0: the oldest), or applies a fault to it. */
  deliver: (index?: number, fault?: Fault) => Promise<void>;
  deliverNext: () => Promise<void>;
  /**
   * Delivers everything waiting, and whatever those deliveries make the engines send, until nothing
   * has been sent for a while (engines do IndexedDB work between requests).
   */
  flush: () => Promise<void>;
  /** Delivers requests, oldest first, until `work` settles; resolves to its value. */
  deliverUntil: <Value>(work: Promise<Value>) => Promise<Value>;
  /** Arms a fault for the next request that matches (in either mode). */
  failNext: (fault: Fault, matches?: Matcher) => void;
  /** How many requests reached the server, by path. */
  serverHits: () => ReadonlyMap<string, number>;
  /** Keeps a copy of the server's database, as a nightly backup would. */
  backup: () => Promise<string>;
  /** Replaces the server's database with a backup and gives it a new epoch (EPOCH-1). */
  restore: (backupPath: string, newEpoch: string) => Promise<void>;
  close: () => Promise<void>;
};

export const TEST_SERVER_START_MS = Date.UTC(2025, 0, 31, 9, 0);

/** A macrotask: lets promise chains in the engines run until they wait on the network again. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const pathOf = (url: string): string => url.split('?')[0] ?? url;

export const createInMemoryNetwork = async (
  options: { mode?: 'auto' | 'manual'; startMs?: number } = {},
): Promise<InMemoryNetwork> => {
  let mode = options.mode ?? 'auto';
  let serverNowMs = options.startMs ?? TEST_SERVER_START_MS;
  const serverClock = {
    now: () => new Date(serverNowMs),
    set: (ms: number) => {
      serverNowMs = ms;
    },
    advance: (ms: number) => {
      serverNowMs += ms;
    },
  };
  const directory: TemporaryDirectory = await createTemporaryDirectory('sync-network');
  const dataDirectory = path.join(directory.path, 'data');

  type Server = { database: Database; store: SyncStore; app: FastifyInstance };
  const openServer = async (): Promise<Server> => {
    const database = openDatabase({ dataDirectory, databaseUrl: undefined });
    await migrateToLatest(database);
    const store = createSyncStore(database);
    const app = await buildApp({
      config: { staticDirectory: path.join(directory.path, 'client'), logLevel: 'fatal' },
      database,
      logger: false,
      version: 'test',
      store,
      clock: serverClock.now,
      // The rate limiter is the server's own business, tested there; here it would only add noise.
      rateLimits: {
        device: { capacity: 1_000_000, refillPerSecond: 1_000_000 },
        enrolment: { capacity: 1_000_000, refillPerSecond: 1_000_000 },
      },
    });
    await app.ready();
    return { database, store, app };
  };
  let server = await openServer();

  const queue: PendingRequest[] = [];
  const armed: { fault: Fault; matches: Matcher }[] = [];
  const hits = new Map<string, number>();
  let nextId = 1;

  const send = async (request: PendingRequest): Promise<RawResponse> => {
    const key = pathOf(request.url);
    hits.set(key, (hits.get(key) ?? 0) + 1);
    const response = await server.app.inject({
      method: request.method,
      url: request.url,
      headers: request.headers,
      ...(request.payload === undefined ? {} : { payload: JSON.stringify(request.payload) }),
    });
    let body: unknown;
    try {
      body = response.body === '' ? undefined : JSON.parse(response.body);
    } catch {
      body = undefined;
    }
    const retryAfter = response.headers['retry-after'];
    return {
      status: response.statusCode,
      retryAfter: retryAfter === undefined ? null : String(retryAfter),
      body,
    };
  };

  const handle = async (request: PendingRequest, fault: Fault | undefined): Promise<void> => {
    if (fault === 'drop-request') return request.respond('unreachable');
    if (typeof fault === 'object') {
      return request.respond({
        status: fault.status,
        retryAfter: fault.retryAfter ?? null,
        body: fault.body,
      });
    }
    const response = await send(request);
    if (fault === 'duplicate') queue.push({ ...request, id: nextId++, isGhost: true });
    request.respond(fault === 'drop-response' || request.isGhost ? 'unreachable' : response);
  };

  const takeArmedFault = (request: PendingRequest): Fault | undefined => {
    const index = armed.findIndex((entry) => entry.matches(request));
    if (index < 0) return undefined;
    const [entry] = armed.splice(index, 1);
    return entry?.fault;
  };

  const deliver = async (index = 0, fault?: Fault): Promise<void> => {
    const [request] = queue.splice(index, 1);
    if (request === undefined) return;
    await handle(request, fault ?? takeArmedFault(request));
    await settle();
  };

  const enqueue = <Body>(
    method: 'GET' | 'POST',
    url: string,
    read: (response: RawResponse) => TransportResult<Body>,
    { token, payload }: { token?: string; payload?: unknown },
  ): Promise<TransportResult<Body>> =>
    new Promise((resolve) => {
      const headers: Record<string, string> = {
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        [SCHEMA_HEADER]: String(SCHEMA_VERSION),
      };
      if (token !== undefined) headers.authorization = `Bearer ${token}`;
      if (payload !== undefined) headers['content-type'] = 'application/json';
      const request: PendingRequest = {
        id: nextId++,
        method,
        url,
        headers,
        payload,
        isGhost: false,
        respond: (response) => resolve(response === 'unreachable' ? { kind: 'unreachable' } : read(response)),
      };
      if (mode === 'auto') {
        handle(request, takeArmedFault(request)).catch(() => request.respond('unreachable'));
      } else {
        queue.push(request);
      }
    });

  const createTransport = (): SyncTransport => {
    const reader =
      <Schema extends Parameters<typeof readResponse>[1]>(schema: Schema) =>
      (response: RawResponse) =>
        readResponse(response, schema, serverNowMs);
    return {
      enrol: (body) =>
        enqueue('POST', '/api/v1/devices/enrol', reader(enrolResponseSchema), { payload: body }),
      push: (token, body) =>
        enqueue('POST', '/api/v1/sync/push', reader(pushResponseSchema), { token, payload: body }),
      pull: (token, query) =>
        enqueue(
          'GET',
          `/api/v1/sync/pull?cursor=${query.cursor}${query.limit === undefined ? '' : `&limit=${query.limit}`}`,
          reader(pullResponseSchema),
          { token },
        ),
      ward: (token) => enqueue('GET', '/api/v1/ward', reader(wardResponseSchema), { token }),
    };
  };

  const flush = async (): Promise<void> => {
    // Engines send their next request only after the last one was answered, so keep going until
    // a pause leaves nothing waiting.
    for (let idle = 0; idle < 3;) {
      if (queue.length > 0) {
        idle = 0;
        await deliver(0);
      } else {
        idle += 1;
        await settle();
      }
    }
  };

  const deliverUntil = async <Value>(work: Promise<Value>): Promise<Value> => {
    let isSettled = false;
    const watched = work.finally(() => {
      isSettled = true;
    });
    while (!isSettled) {
      if (queue.length > 0) await deliver(0);
      else await settle();
    }
    return watched;
  };

  return {
    get store() {
      return server.store;
    },
    serverClock,
    createTransport,
    createWard: async (name = 'Ward 7B') => {
      const ward = await server.store.createWard(name, serverClock.now());
      if (!ward.isOk) throw new Error(ward.error);
      return ward.value;
    },
    createEnrolmentCode: async (wardId, role = 'staff') =>
      (await server.store.createEnrolmentCode(wardId, role, serverClock.now())).code,
    setMode: (next) => {
      mode = next;
    },
    pending: () => [...queue],
    deliver,
    deliverNext: () => deliver(0),
    flush,
    deliverUntil,
    failNext: (fault, matches = () => true) => {
      armed.push({ fault, matches });
    },
    serverHits: () => new Map(hits),
    backup: async () => {
      const backupPath = path.join(directory.path, `backup-${nextId++}.sqlite`);
      await sql`VACUUM INTO ${sql.lit(backupPath)}`.execute(server.database.db);
      return backupPath;
    },
    restore: async (backupPath, newEpoch) => {
      await server.app.close();
      await server.database.close();
      const file = path.join(dataDirectory, sqliteFileName);
      await Promise.all([`${file}-wal`, `${file}-shm`].map((extra) => rm(extra, { force: true })));
      await copyFile(backupPath, file);
      server = await openServer();
      await server.store.startNewEpoch(newEpoch);
    },
    close: async () => {
      await server.app.close();
      await server.database.close();
      await directory.remove();
    },
  };
};
