// Brings the schema up to date at start. Kysely records applied migrations in its own tables and, on
// PostgreSQL, holds a lock so that instances starting together migrate once.
import { Migrator, type Kysely, type Migration } from 'kysely';
import { migrations as allMigrations } from './migrations';

/**
 * Runs every migration not yet applied, in name order. Throws an error naming the migration that
 * failed (its changes are rolled back where the database allows); returns the names applied now.
 */
export const migrateToLatest = async <Schema>(
  db: Kysely<Schema>,
  migrations: Readonly<Record<string, Migration>> = allMigrations,
): Promise<string[]> => {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ ...migrations }) } });
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
