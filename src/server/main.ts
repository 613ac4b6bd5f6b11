// Starts the Wardside server: check the configuration, open and migrate the database, serve the API
// and the built app, and shut down cleanly on SIGTERM or SIGINT (Ctrl-C) so SQLite is left tidy.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from './config';
import { buildApp } from './http/app';
import { migrateToLatest } from './migrations/migrate-to-latest';
import { readPackageVersion } from './package-version';
import { openDatabase, sqliteFileName, type Database } from './storage/database';
import { ensureServerEpoch } from './storage/server-epoch';

/** A shutdown that takes longer than this is stuck (a hung query): give up rather than hang forever. */
const shutdownTimeoutMilliseconds = 10_000;

const describeDatabase = (config: Config, database: Database) =>
  database.dialect === 'postgres'
    ? 'PostgreSQL (DATABASE_URL)'
    : `SQLite at ${path.join(config.dataDirectory, sqliteFileName)}`;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const describeListenError = (error: unknown, config: Config) => {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'EADDRINUSE')
    return `Port ${config.port} is already in use: stop the other program or set PORT.`;
  if (code === 'EACCES') return `Not allowed to listen on port ${config.port}: choose a port above 1023.`;
  return `Could not listen on ${config.host}:${config.port}: ${messageOf(error)}`;
};

const main = async () => {
  const configResult = loadConfig(process.env);
  if (!configResult.isOk) {
    console.error('Wardside cannot start: fix these environment variables and try again.');
    for (const message of configResult.error) console.error(`  - ${message}`);
    process.exit(1);
  }
  const config = configResult.value;

  const database = openDatabase({
    ...config,
    onConnectionError: (error) => console.error(`Database connection lost (${error.name}); reconnecting.`),
  });
  try {
    await migrateToLatest(database);
    await ensureServerEpoch(database.db, randomUUID);
  } catch (error) {
    console.error(`Wardside cannot start: the database (${describeDatabase(config, database)}) failed.`);
    console.error(`  ${messageOf(error)}`);
    await database.close().catch(() => {});
    process.exit(1);
  }

  const app = await buildApp({ config, database, version: readPackageVersion() });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    console.error(`Wardside cannot start: ${describeListenError(error, config)}`);
    await app.close().catch(() => {});
    await database.close().catch(() => {});
    process.exit(1);
  }
  console.log(`Wardside is running at http://localhost:${config.port}`);
  console.log(`Database: ${describeDatabase(config, database)}`);
  if (!existsSync(path.join(config.staticDirectory, 'index.html'))) {
    console.log(`The app is not built (${config.staticDirectory} has no index.html): run \`npm run build\`.`);
  }

  let isShuttingDown = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    // Ctrl-C reaches both `npm start` and this process, so a second signal is expected: ignore it.
    if (isShuttingDown) return;
    isShuttingDown = true;
    console.log(`${signal} received: closing connections and the database.`);
    setTimeout(() => {
      console.error('Shutdown took too long; exiting without finishing it.');
      process.exit(1);
    }, shutdownTimeoutMilliseconds).unref();
    try {
      await app.close();
      await database.close();
      process.exit(0);
    } catch (error) {
      console.error(`Shutdown failed: ${messageOf(error)}`);
      process.exit(1);
    }
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
};

await main();
