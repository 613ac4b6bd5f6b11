// Builds the HTTP server: security headers, error shape, private request logging, the API routes and
// the built app. Listening is left to the caller, so tests use `app.inject` without a port.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config, LogLevel } from '../config';
import type { Database } from '../storage/database';
import { createSyncStore } from '../storage/kysely-sync-store';
import type { SyncStore } from '../storage/sync-store';
import { registerErrorHandling } from './error-handling';
import { registerHealthRoute } from './health-route';
import { PrivacyLogController, safeLogSerializers } from './privacy-logging';
import { registerProtocolHeaders } from './protocol-versions';
import { registerSecurityHeaders } from './security-headers';
import { registerStaticFiles } from './static-files';
import { registerSyncApi, type SyncApiRateLimits } from './sync-api';

/** Large enough for a batch of sync mutations, small enough that one request cannot exhaust memory. */
export const bodyLimitBytes = 1024 * 1024;

export type AppLoggerOptions = {
  level?: LogLevel;
  /** Where log lines (JSON, one per line) go; standard output if absent. */
  stream?: { write(line: string): void };
};

export type BuildAppOptions = {
  config: Pick<Config, 'staticDirectory' | 'logLevel'>;
  database: Database;
  /** `false` turns logging off; by default it goes to standard output at `config.logLevel`. */
  logger?: AppLoggerOptions | false;
  version: string;
  /** The sync storage; by default a SyncStore on `database`. */
  store?: SyncStore;
  /** The server's clock for sync (enrolment expiry, CLOCK rules); tests may fix it. */
  clock?: () => Date;
  rateLimits?: SyncApiRateLimits;
};

export const buildApp = async ({
  config,
  database,
  logger = {},
  version,
  store = createSyncStore(database),
  clock = () => new Date(),
  rateLimits,
}: BuildAppOptions): Promise<FastifyInstance> => {
  const app = Fastify({
    bodyLimit: bodyLimitBytes,
    logController: new PrivacyLogController(),
    logger:
      logger === false
        ? false
        : {
            level: logger.level ?? config.logLevel,
            serializers: safeLogSerializers,
            ...(logger.stream ? { stream: logger.stream } : {}),
          },
  });
  registerSecurityHeaders(app);
  registerErrorHandling(app);
  registerProtocolHeaders(app);
  registerHealthRoute(app, { database, version });
  await registerSyncApi(app, { store, clock, ...(rateLimits ? { rateLimits } : {}) });
  await registerStaticFiles(app, config.staticDirectory);
  return app;
};
