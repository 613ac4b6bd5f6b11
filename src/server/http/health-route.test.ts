import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sqliteFileName } from '../storage/database';
import {
  announcePostgresSkip,
  createPostgresTestSchema,
  postgresSkipReason,
  postgresUrl,
} from '../testing/postgres-test-schema';
import { createTestApp, testVersion, type TestApp } from '../testing/test-app';

announcePostgresSkip();

describe('GET /api/health on SQLite', () => {
  let testApp: TestApp;
  afterEach(() => testApp.close());

  it('answers ok with the version and database, and the SQLite file is in DATA_DIR', async () => {
    testApp = await createTestApp();
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', version: testVersion, database: 'sqlite' });
    expect(existsSync(path.join(testApp.dataDirectory, sqliteFileName))).toBe(true);
  });

  it('answers 503 with status "error" when the database does not answer', async () => {
    testApp = await createTestApp();
    await testApp.database.close();
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'error', version: testVersion, database: 'sqlite' });
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

describe.skipIf(!postgresUrl)(`GET /api/health on PostgreSQL (${postgresSkipReason} when skipped)`, () => {
  it('answers ok with database "postgres"', async () => {
    const schema = await createPostgresTestSchema(postgresUrl ?? '');
    const testApp = await createTestApp({ databaseUrl: schema.databaseUrl });
    try {
      const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok', version: testVersion, database: 'postgres' });
    } finally {
      await testApp.close();
      await schema.drop();
    }
  });
});
