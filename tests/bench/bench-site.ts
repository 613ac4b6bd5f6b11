// A real server for the browser benchmarks: src/server/main.ts as a child process (as in the
// end-to-end tests) serving one build from STATIC_DIR, with SQLite in a fresh temporary DATA_DIR, and
// for Wardside a ward made with the real admin CLI. One site per build: the baseline app gets a
// server of its own, on its own port, so the two never share an origin (nor a service worker).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { createWard } from '../e2e/support/ward-admin';

export type BenchSite = {
  url: string;
  /** Stops the server (SIGTERM) and waits for it: from then on only a service worker answers. */
  stopServer: () => Promise<void>;
  /** Stops the server if it runs and deletes its data folder. */
  remove: () => Promise<void>;
};

export type WardsideBenchSite = BenchSite & {
  /** A new single-use kiosk enrolment code for the site's ward. */
  createKioskCode: () => Promise<string>;
};

/** Serves `staticDirectory` from the real server on a free port. */
export const startBenchSite = async (staticDirectory: string): Promise<BenchSite & { dataDir: string }> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'wardside-bench-site-'));
  let server: ServerProcess | null = null;
  try {
    server = await startServerProcess({ dataDir, env: { STATIC_DIR: staticDirectory } });
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const stopServer = async () => {
    await server?.stop();
    server = null;
  };
  return {
    url: server.url,
    dataDir,
    stopServer,
    remove: async () => {
      await stopServer();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};

/** Serves Wardside's build, with a ward to enrol kiosks into. */
export const startWardsideSite = async (appDirectory: string): Promise<WardsideBenchSite> => {
  const site = await startBenchSite(appDirectory);
  try {
    const ward = await createWard(site.dataDir, 'Bench ward');
    return { ...site, createKioskCode: () => ward.createCode('kiosk') };
  } catch (error) {
    await site.remove();
    throw error;
  }
};
