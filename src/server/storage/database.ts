// Opens the server's one database: embedded SQLite in DATA_DIR by default, or PostgreSQL when
// DATABASE_URL is set. Everything else talks to it through Kysely, so the SQL stays portable.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import type { Config } from '../config';
import type { DatabaseSchema } from './database-schema';
import { ImmediateSqliteDialect } from './immediate-sqlite-dialect';

export const sqliteFileName = 'wardside.sqlite';

export const dialectNames = ['sqlite', 'postgres'] as const;
export type DialectName = (typeof dialectNames)[number];

export type Database = {
  readonly db: Kysely<DatabaseSchema>;
  readonly dialect: DialectName;
  /** Closes every connection; safe to call more than once. */
  close(): Promise<void>;
};

export type OpenDatabaseOptions = Pick<Config, 'dataDirectory' | 'databaseUrl'> & {
  /** Told about errors on idle PostgreSQL connections, which would otherwise crash the process. */
  onConnectionError?: (error: Error) => void;
};

/** How long a SQLite write waits for another writer before failing with SQLITE_BUSY. */
const busyTimeoutMilliseconds = 5000;

/** How many prepared statements one SQLite connection keeps, most recently used last. */
const statementCacheSize = 100;

/**
 * Kysely's SQLite driver prepares every query again; SQLite's planner then re-parses the SQL each
 * time. Kysely compiles the same query shape to the same SQL text, so statements are kept by text.
 * Safe because Kysely runs one query at a time on the one connection.
 */
const withStatementCache = (sqlite: BetterSqlite3.Database): SqliteDatabase => {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql) => {
      const cached = statements.get(sql);
      if (cached !== undefined) {
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > statementCacheSize) {
        const oldest = statements.keys().next().value;
        if (oldest !== undefined) statements.delete(oldest);
      }
      return statement;
    },
  };
};

const openSqlite = (dataDirectory: string) => {
  mkdirSync(dataDirectory, { recursive: true });
  const sqlite = new BetterSqlite3(path.join(dataDirectory, sqliteFileName));
  // WAL lets readers run while one writer commits; NORMAL sync is durable across process crashes in
  // WAL mode (only a power cut can lose the last commits), which suits one server per ward or trust.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${busyTimeoutMilliseconds}`);
  return new ImmediateSqliteDialect({ database: withStatementCache(sqlite) });
};

const openPostgres = (databaseUrl: string, onConnectionError: (error: Error) => void) => {
  const pool = new pg.Pool({ connectionString: databaseUrl, application_name: 'wardside' });
  // The pool drops a broken idle client by itself; the listener only stops the error from being
  // unhandled. Queries that fail afterwards surface through the health check and request errors.
  pool.on('error', onConnectionError);
  return new PostgresDialect({ pool });
};

/** Opens SQLite at `<dataDirectory>/wardside.sqlite` (creating the folder), or PostgreSQL if a URL is given. */
export const openDatabase = ({
  dataDirectory,
  databaseUrl,
  onConnectionError = () => {},
}: OpenDatabaseOptions): Database => {
  const dialect: DialectName = databaseUrl ? 'postgres' : 'sqlite';
  const db = new Kysely<DatabaseSchema>({
    dialect: databaseUrl ? openPostgres(databaseUrl, onConnectionError) : openSqlite(dataDirectory),
  });
  let closing: Promise<void> | undefined;
  return {
    db,
    dialect,
    close: () => (closing ??= db.destroy()),
  };
};
