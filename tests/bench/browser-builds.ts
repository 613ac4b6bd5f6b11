// The two production builds the browser benchmarks serve, made once per `npm run bench` and shared
// by them: Wardside with its own vite.config.ts, and the bare React "Hello" app of
// tests/bench/baseline made into the same kind of PWA (the same Workbox precache of its shell, the
// worker registered by a script file, as the server's CSP allows), so that the baseline can be
// loaded cold and started offline exactly as the kiosk is. Both go to a temporary folder, never to
// dist/, which the end-to-end tests serve.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export type BrowserBuilds = {
  /** Wardside's client build, a STATIC_DIR for the server. */
  appDirectory: string;
  /** The baseline app's build, a STATIC_DIR for the server. */
  baselineDirectory: string;
};

let builds: Promise<BrowserBuilds> | undefined;

const buildInto = async (outDir: string, config: Parameters<typeof build>[0]) => {
  await build({
    ...config,
    // Errors only: the bench prints its own tables.
    logLevel: 'error',
    build: { ...config?.build, outDir, emptyOutDir: true },
  });
};

const makeBuilds = async (): Promise<BrowserBuilds> => {
  const workDirectory = mkdtempSync(join(tmpdir(), 'wardside-bench-browser-'));
  // Synchronous, so that it also runs when the bench exits on a budget failure.
  process.once('exit', () => rmSync(workDirectory, { recursive: true, force: true }));
  const appDirectory = join(workDirectory, 'app');
  const baselineDirectory = join(workDirectory, 'baseline');
  await buildInto(appDirectory, { configFile: resolve('vite.config.ts') });
  await buildInto(baselineDirectory, {
    configFile: false,
    root: resolve('tests/bench/baseline'),
    plugins: [
      react(),
      VitePWA({
        registerType: 'prompt',
        injectRegister: 'script',
        manifest: false,
        workbox: {
          globPatterns: ['**/*.{js,css,html}'],
          navigateFallback: 'index.html',
          navigateFallbackDenylist: [/^\/api\//],
          runtimeCaching: [],
        },
      }),
    ],
    build: { target: 'es2022', modulePreload: { polyfill: false } },
  });
  return { appDirectory, baselineDirectory };
};

/** Builds both apps on the first call; later calls share the same builds. */
export const browserBuilds = (): Promise<BrowserBuilds> => (builds ??= makeBuilds());
