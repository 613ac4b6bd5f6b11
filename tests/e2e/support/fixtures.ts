// The fixtures every journey uses: a real server (the production build, SQLite in a fresh
// temporary data directory, a free port) started for one test and stopped after it. Tests may
// stop it earlier themselves, which is how the offline journeys cut the network.
import { test as base, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess, type ServerProcess } from '../../support/server-process';

const builtIndex = join('dist', 'client', 'index.html');

export const test = base.extend<{ server: ServerProcess }>({
  // Playwright reads fixture dependencies from the destructuring pattern, so it must stay empty;
  // `provide` is what Playwright calls `use`, renamed so the React hooks lint rule leaves it alone.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, provide, testInfo) => {
    if (!existsSync(builtIndex)) {
      throw new Error(`${builtIndex} is missing: run \`npx vite build\` first (npm run test:e2e does).`);
    }
    const dataDir = await mkdtemp(join(tmpdir(), 'wardside-e2e-'));
    // SQLite: startServerProcess ignores a DATABASE_URL in our environment, so journeys never
    // share a database.
    const server = await startServerProcess({ dataDir });
    try {
      await provide(server);
    } finally {
      const output = server.recentOutput();
      await server.stop();
      if (testInfo.status !== testInfo.expectedStatus && output) {
        await testInfo.attach('server output', { body: output, contentType: 'text/plain' });
      }
      await rm(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect };
