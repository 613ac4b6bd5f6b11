// Brings the schema up to date at start. Kysely records applied migrations in its own tables and, on
// PostgreSQL, holds a lock so that instances starting together migrate once.
import { Migrator, sql, type Migration } from 'kysely';
import type { Database } from '../storage/database';
import { migrations as allMigrations } from './migrations';

/**
 * On PostgreSQL, Kysely's bookkeeping tables go in the schema our tables go in (the first on the
 * search path). Unqualified, Kysely would see another schema's kysely_migration table, skip creating
 * its own, and then fail to find it: a real risk when a trust runs Wardside beside other apps.
 */
const migrationTableSchemaOf = async ({ db, dialect }: Pick<Database, 'db' | 'dialect'>) => {
  if (dialect !== 'postgres') return undefined;
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no current schema: check the search_path of DATABASE_URL.');
  return schema;
};

/**
 * Runs every migration not yet applied, in name order. Throws an error naming the migration that
 * failed (its changes are rolled back where the database allows); returns the names applied now.
 */
export const migrateToLatest = async (
  database: Pick<Database, 'db' | 'dialect'>,
  migrations: Readonly<Record<string, Migration>> = allMigrations,
): Promise<string[]> => {
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => ({ ...migrations }) },
    migrationTableSchema: await migrationTableSchemaOf(database),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      failed ? `Migration "${failed}" failed: ${reason}` : `Migrations could not run: ${reason}`,
      { cause: error },
    );
  }
  return results.map((result) => result.migrationName);
};
