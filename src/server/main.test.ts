import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServerProcess } from '../../tests/support/server-process';
import { sqliteFileName } from './storage/database';
import { createTemporaryDirectory, type TemporaryDirectory } from './testing/temporary-directory';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('the server process', () => {
  let dataDirectory: TemporaryDirectory;
  beforeEach(async () => {
    dataDirectory = await createTemporaryDirectory('main');
  });
  afterEach(() => dataDirectory.remove());

  it('starts on SQLite, answers health, and on SIGTERM exits 0 leaving the database closed cleanly', async () => {
    const server = await startServerProcess({ dataDir: dataDirectory.path });
    try {
      const response = await fetch(`${server.url}/api/health`);
      expect(await response.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
      expect(server.recentOutput()).toContain(`Wardside is running at http://localhost:${server.port}`);
    } finally {
      expect(await server.stop()).toBe(0);
    }

    const file = path.join(dataDirectory.path, sqliteFileName);
    expect(existsSync(file)).toBe(true);
    // A clean close checkpoints the write-ahead log into the main file and deletes it.
    expect(existsSync(`${file}-wal`)).toBe(false);
    const reopened = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    try {
      expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
      const epoch = reopened.prepare("select value from server_meta where key = 'epoch'").get();
      expect(epoch).toEqual({ value: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    } finally {
      reopened.close();
    }
  }, 60_000);

  it('refuses to start on bad configuration, printing each problem and exiting 1', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: repositoryRoot,
      env: { ...process.env, PORT: 'abc', LOG_LEVEL: 'loud', DATA_DIR: dataDirectory.path },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT must be a whole number from 1 to 65535 (got "abc")');
    expect(result.stderr).toContain('LOG_LEVEL must be one of');
    expect(existsSync(path.join(dataDirectory.path, sqliteFileName))).toBe(false);
  }, 60_000);
});
