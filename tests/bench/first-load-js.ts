// First-load JS per route: gzip bytes of every JS file a route needs before it can show
// anything, from a real production build, against a bare React "Hello" app built in the same
// run. Budget (DESIGN.md): the kiosk route ≤ 120 KB gzip. KB here is 1,000 bytes, gzip is
// node's zlib at level 9 with each file compressed separately, as a server would send them.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Manifest } from 'vite';
import react from '@vitejs/plugin-react';
import type { Benchmark } from './benchmark';
import { bootChunkKeys, firstLoadFiles, lazyChunkKeys } from './vite-manifest';

const kilobyte = 1000;
const kioskBudgetKilobytes = 120;

/**
 * What a staff screen waits for besides its own chunk: the staff face (routes, PIN lock, sync
 * status, the header's menu) and the workspace (open-workspace.ts: Dexie, the full enrolment,
 * repositories and sync).
 */
const staffRouteFrame = ['src/app/staff-face', 'src/app/open-workspace'];

/**
 * Where each route's lazy chunks come from: the manifest key (source path) of the screen that
 * src/app/lazy-screens.ts imports for it, then any other chunk the route waits for before it
 * paints. The workspace is a lazy chunk that a kiosk fetches after its first paint, so it counts
 * only where a screen waits for it.
 */
const routeSources: Record<string, readonly string[]> = {
  '/setup': ['src/app/setup-route', 'src/app/open-workspace'],
  '/capture': ['src/features/capture/capture-screen', ...staffRouteFrame],
  // The kiosk screen is in the entry chunk (src/app/kiosk-route.tsx says why): nothing lazy to add.
  '/kiosk': [],
  '/board': ['src/features/board/board-screen', ...staffRouteFrame],
  '/huddle': ['src/features/huddle/huddle-screen', ...staffRouteFrame],
  '/admin': ['src/features/admin/admin-screen', ...staffRouteFrame],
} as const;

const budgets: Partial<Record<keyof typeof routeSources, number>> = { '/kiosk': kioskBudgetKilobytes };

const buildWithManifest = async (outDir: string, config: Parameters<typeof build>[0]): Promise<Manifest> => {
  await build({
    ...config,
    // Errors only: the bench prints its own table, and Vite's build chatter would bury it.
    logLevel: 'error',
    build: { ...config?.build, outDir, emptyOutDir: true, manifest: true },
  });
  return JSON.parse(await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
};

const gzipBytes = async (outDir: string, files: readonly string[]) => {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const contents = await readFile(join(outDir, file));
    raw += contents.length;
    gzip += gzipSync(contents, { level: 9 }).length;
  }
  return { raw, gzip };
};

const kilobytes = (bytes: number) => (bytes / kilobyte).toFixed(1);

export const firstLoadJs: Benchmark = {
  name: 'first-load-js',
  run: async () => {
    const workDir = await mkdtemp(join(tmpdir(), 'wardside-bench-'));
    try {
      const appDir = join(workDir, 'app');
      const baselineDir = join(workDir, 'baseline');
      // The app's own vite.config.ts (PWA plugin and all), written to a temp dir to leave dist/ alone.
      const appManifest = await buildWithManifest(appDir, { configFile: resolve('vite.config.ts') });
      const baselineManifest = await buildWithManifest(baselineDir, {
        configFile: false,
        root: resolve('tests/bench/baseline'),
        plugins: [react()],
        build: { target: 'es2022' },
      });
      const baseline = await gzipBytes(baselineDir, firstLoadFiles(baselineManifest));

      const lazyKeys = lazyChunkKeys(appManifest);
      const keyOf = (source: string, candidates: readonly string[]) =>
        candidates.find((key) => (appManifest[key]?.src ?? key).startsWith(source));
      const routeChunks = Object.entries(routeSources).map(([route, [screen, ...waitsFor]]) => ({
        route: route as keyof typeof routeSources,
        routeKey: screen === undefined ? undefined : keyOf(screen, lazyKeys),
        // Chunks a route waits for may be imported by another lazy chunk, so any manifest key counts.
        extraKeys: waitsFor.flatMap((source) => keyOf(source, Object.keys(appManifest)) ?? []),
      }));
      const routeKeys = routeChunks.flatMap(({ routeKey, extraKeys }) => [
        ...(routeKey ? [routeKey] : []),
        ...extraKeys,
      ]);
      const bootChunks = bootChunkKeys(appManifest, routeKeys);
      const routes = routeChunks.map(({ route, routeKey, extraKeys }) => ({
        route,
        routeKey,
        files: firstLoadFiles(appManifest, routeKey ? [routeKey, ...extraKeys] : extraKeys, routeKeys),
      }));
      const measured = [];
      for (const { route, routeKey, files } of routes) {
        measured.push({ route, lazyChunk: routeKey ?? null, files, ...(await gzipBytes(appDir, files)) });
      }

      const budgetFailures = measured.flatMap(({ route, gzip }) => {
        const budget = budgets[route];
        return budget !== undefined && gzip > budget * kilobyte
          ? [`${route} loads ${kilobytes(gzip)} KB of JS gzip, over its budget of ${budget} KB`]
          : [];
      });
      const missing = measured
        .filter(({ route, lazyChunk }) => lazyChunk === null && (routeSources[route]?.length ?? 0) > 0)
        .map(({ route }) => route);

      return {
        budgetFailures,
        json: {
          unit: 'bytes',
          gzip: 'node zlib, level 9, each file separately',
          bootChunks,
          baseline: { description: 'React 19 + react-dom/client rendering <h1>Hello</h1>', ...baseline },
          routes: measured.map((entry) => ({
            ...entry,
            budgetBytes: (budgets[entry.route] ?? 0) * kilobyte || null,
          })),
        },
        table: {
          title: 'First-load JS per route (gzip level 9, KB = 1,000 bytes)',
          columns: ['route', 'KB gzip', 'baseline KB', 'difference KB', 'budget KB', 'files'],
          rows: measured.map(({ route, gzip, files }) => [
            route,
            kilobytes(gzip),
            kilobytes(baseline.gzip),
            `${gzip >= baseline.gzip ? '+' : ''}${kilobytes(gzip - baseline.gzip)}`,
            budgets[route] === undefined ? '-' : String(budgets[route]),
            String(files.length),
          ]),
          notes: [
            'baseline: a bare React 19 app rendering "Hello", built in the same run',
            `counted on every route, cautiously (the entry may start them; the kiosk's languages and later steps load only when used): ${bootChunks.join(', ') || 'none'}`,
            ...(missing.length > 0
              ? [`no lazy chunk found for ${missing.join(', ')}: entry chunk only`]
              : []),
          ],
        },
      };
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  },
};
