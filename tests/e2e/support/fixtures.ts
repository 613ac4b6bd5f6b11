// The fixtures every journey uses: a real server (the production build, SQLite in a fresh
// temporary data directory, a free port) started for one test and stopped after it, and a ward set
// up on it with the real admin CLI. Tests may stop the server earlier and start it again on the same
// port and data directory, which is how the offline journeys cut and restore the network.
import { test as base, expect, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess, type ServerProcess } from '../../support/server-process';
import { enrol, unlock } from './tablet';
import { createWard, type TestWard } from './ward-admin';

// STATIC_DIR lets an engineer test a build made elsewhere (`vite build --outDir /tmp/x/client`)
// while dist/ is being rebuilt; the server process inherits it.
const builtIndex = join(process.env.STATIC_DIR ?? join('dist', 'client'), 'index.html');

export type TestServer = {
  url: string;
  port: number;
  dataDir: string;
  /** Stops the server (SIGTERM) and waits for it to exit. */
  stop: () => Promise<void>;
  /** Starts it again on the same port and data directory. */
  start: () => Promise<void>;
};

type Fixtures = {
  server: TestServer;
  ward: TestWard;
  /** Enrols `page` as a staff tablet of `ward` through /setup and unlocks it with the PIN. */
  enrolStaffTablet: (page: Page) => Promise<void>;
  /** Enrols `page` as a kiosk of `ward` through /setup; it ends on the FFT question. */
  enrolKioskTablet: (page: Page) => Promise<void>;
};

export const test = base.extend<Fixtures>({
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
    let running: ServerProcess | null = await startServerProcess({ dataDir });
    const port = running.port;
    const output: string[] = [];
    const server: TestServer = {
      url: running.url,
      port,
      dataDir,
      stop: async () => {
        if (running === null) return;
        output.push(running.recentOutput());
        await running.stop();
        running = null;
      },
      start: async () => {
        if (running !== null) return;
        running = await startServerProcess({ dataDir, port });
      },
    };
    try {
      await provide(server);
    } finally {
      await server.stop();
      const recentOutput = output.filter(Boolean).join('\n--- restarted ---\n');
      if (testInfo.status !== testInfo.expectedStatus && recentOutput) {
        await testInfo.attach('server output', { body: recentOutput, contentType: 'text/plain' });
      }
      await rm(dataDir, { recursive: true, force: true });
    }
  },
  ward: async ({ server }, provide) => {
    await provide(await createWard(server.dataDir));
  },
  enrolStaffTablet: async ({ server, ward }, provide) => {
    await provide(async (page) => {
      await enrol(page, server.url, await ward.createCode('staff'), 'staff');
      await unlock(page, ward.pin);
    });
  },
  enrolKioskTablet: async ({ server, ward }, provide) => {
    await provide(async (page) => {
      await enrol(page, server.url, await ward.createCode('kiosk'), 'kiosk');
    });
  },
});

export { expect };
