// The fixtures every journey uses: a real server (the production build, SQLite in a fresh
// temporary data directory, a free port) started for one test and stopped after it. Tests may
// stop it earlier themselves, which is how the offline journeys cut the network.
import { test as base, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess } from '../../support/server-process';
import { freePort } from './free-port';

type RunningServer = Awaited<ReturnType<typeof startServerProcess>>;

const builtIndex = join('dist', 'client', 'index.html');

export const test = base.extend<{ server: RunningServer }>({
  // Playwright reads fixture dependencies from the destructuring pattern, so it must stay empty;
  // `provide` is what Playwright calls `use`, renamed so the React hooks lint rule leaves it alone.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, provide) => {
    if (!existsSync(builtIndex)) {
      throw new Error(`${builtIndex} is missing: run \`npx vite build\` first (npm run test:e2e does).`);
    }
    const dataDir = await mkdtemp(join(tmpdir(), 'wardside-e2e-'));
    // SQLite only: the journeys test the browser, and a shared PostgreSQL would let tests see
    // each other's data.
    const server = await startServerProcess({ port: await freePort(), dataDir, env: { DATABASE_URL: '' } });
    try {
      await provide(server);
    } finally {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect };
