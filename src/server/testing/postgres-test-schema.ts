// Test helper: PostgreSQL tests run only when DATABASE_URL is set, each in a schema of its own so that
// test files running at the same time (and earlier runs) never see each other's tables.
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export const postgresUrl = process.env.DATABASE_URL;

export const postgresSkipReason = 'PostgreSQL tests skipped: DATABASE_URL is not set';

/** Call once at the top of a test file that has PostgreSQL tests, so a skip is never silent. */
export const announcePostgresSkip = (): void => {
  if (!postgresUrl) console.info(postgresSkipReason);
};

export type PostgresTestSchema = {
  /** DATABASE_URL with this schema first on the search path. */
  databaseUrl: string;
  drop(): Promise<void>;
};

const runStatement = async (databaseUrl: string, statement: string) => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
};

export const createPostgresTestSchema = async (baseUrl: string): Promise<PostgresTestSchema> => {
  const schema = `wardside_test_${randomUUID().replaceAll('-', '')}`;
  await runStatement(baseUrl, `create schema ${schema}`);
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    databaseUrl: url.toString(),
    drop: () => runStatement(baseUrl, `drop schema ${schema} cascade`),
  };
};
