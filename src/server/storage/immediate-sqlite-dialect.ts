// Kysely's SQLite dialect, except that every transaction starts with BEGIN IMMEDIATE.
//
// A plain BEGIN is deferred: it takes no lock until the first statement, and a transaction that reads
// first and writes later must upgrade its shared lock to a write lock. When two processes (two
// servers, or the server and the admin CLI) do that at once, one of them gets SQLITE_BUSY straight
// away, without waiting for busy_timeout, because waiting could deadlock. BEGIN IMMEDIATE takes the
// write lock up front, so a second writer simply waits its turn (busy_timeout) and then proceeds. Our
// transactions are all writes, and SQLite allows one writer at a time anyway, so nothing is lost.
import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
