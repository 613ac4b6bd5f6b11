// Kiosk warm offline start (DESIGN.md budget: ≤ 1 s). An enrolled kiosk whose service worker is
// installed and controls it starts again with the server stopped, so that nothing but the service
// worker answers (the app shell from its precache, IndexedDB for the enrolment); measured from
// navigation start to the frame that paints the FFT question, in a new page, at the same 4× CPU
// slowdown as the cold load.
//
// Baseline, in the same runs and the same way: the bare React "Hello" app built as the same kind of
// PWA (browser-builds.ts: the same Workbox precache and navigation fallback), its worker installed
// and controlling, its server stopped. That is the floor of any React app started from a service
// worker on this machine, so the difference is what Wardside's own start costs: its larger shell,
// the IndexedDB read of the enrolment and the kiosk screen.
import type { BrowserContext, Page } from '@playwright/test';
import type { Benchmark } from './benchmark';
import { alternatingRuns } from './alternating-runs';
import {
  BASELINE_HEADING,
  CPU_SLOWDOWN,
  KIOSK_QUESTION,
  enrolKiosk,
  measureLoad,
  newBenchContext,
  waitForServiceWorkerControl,
} from './bench-browser';
import { withKioskBenchSetup } from './kiosk-bench-setup';
import { formatMilliseconds, median } from './statistics';

const RUN_COUNT = 5;
const START_BUDGET_MS = 1_000;

/** Opens a page, `prepare`s it, then waits until its service worker controls it; closes it again. */
const installServiceWorker = async (context: BrowserContext, prepare: (page: Page) => Promise<unknown>) => {
  const page = await context.newPage();
  try {
    await prepare(page);
    await waitForServiceWorkerControl(page);
  } finally {
    await page.close();
  }
};

export const kioskWarmOffline: Benchmark = {
  name: 'kiosk-warm-offline',
  run: () =>
    withKioskBenchSetup(async ({ app, baseline, browser }) => {
      const kioskContext = await newBenchContext(browser, {
        headingText: KIOSK_QUESTION,
        hasServiceWorkers: true,
      });
      const code = await app.createKioskCode();
      await installServiceWorker(kioskContext, (page) => enrolKiosk(page, app.url, code));
      const baselineContext = await newBenchContext(browser, {
        headingText: BASELINE_HEADING,
        hasServiceWorkers: true,
      });
      await installServiceWorker(baselineContext, (page) => page.goto(`${baseline.url}/`));
      await app.stopServer();
      await baseline.stopServer();

      const runs = await alternatingRuns(
        RUN_COUNT,
        () => measureLoad(kioskContext, `${app.url}/kiosk`, { headingText: KIOSK_QUESTION, isCold: false }),
        () =>
          measureLoad(baselineContext, `${baseline.url}/`, { headingText: BASELINE_HEADING, isCold: false }),
      );
      if ([...runs.subject, ...runs.baseline].some(({ isControlled }) => !isControlled)) {
        throw new Error('An offline start was not controlled by its service worker.');
      }

      const kioskStart = median(runs.subject.map(({ headingMilliseconds }) => headingMilliseconds));
      const kioskLcp = median(runs.subject.map(({ lcpMilliseconds }) => lcpMilliseconds));
      const baselineStart = median(runs.baseline.map(({ headingMilliseconds }) => headingMilliseconds));
      const baselineLcp = median(runs.baseline.map(({ lcpMilliseconds }) => lcpMilliseconds));
      const budgetFailures =
        kioskStart > START_BUDGET_MS
          ? [
              `the kiosk's warm offline start at ${CPU_SLOWDOWN}x CPU slowdown takes ${formatMilliseconds(kioskStart)} ms, over its budget of ${formatMilliseconds(START_BUDGET_MS)} ms`,
            ]
          : [];
      const runList = (loads: readonly { headingMilliseconds: number }[]) =>
        loads.map(({ headingMilliseconds }) => formatMilliseconds(headingMilliseconds)).join(' / ');

      return {
        budgetFailures,
        json: {
          unit: 'milliseconds after navigation start',
          cpuSlowdown: CPU_SLOWDOWN,
          runs: RUN_COUNT,
          budgetMilliseconds: START_BUDGET_MS,
          kiosk: { headingMedian: kioskStart, lcpMedian: kioskLcp, loads: runs.subject },
          baseline: { headingMedian: baselineStart, lcpMedian: baselineLcp, loads: runs.baseline },
        },
        table: {
          title: `Kiosk warm offline start at ${CPU_SLOWDOWN}x CPU slowdown, server stopped (median of ${RUN_COUNT})`,
          columns: ['page', 'heading ms', 'LCP ms', 'difference ms', 'budget ms'],
          rows: [
            [
              '/kiosk, enrolled',
              formatMilliseconds(kioskStart),
              formatMilliseconds(kioskLcp),
              `${kioskStart >= baselineStart ? '+' : ''}${formatMilliseconds(kioskStart - baselineStart)}`,
              formatMilliseconds(START_BUDGET_MS),
            ],
            [
              'bare React PWA (baseline)',
              formatMilliseconds(baselineStart),
              formatMilliseconds(baselineLcp),
              '0',
              '-',
            ],
          ],
          notes: [
            'start: navigation start to the first frame that renders the <h1> (the FFT question; "Hello"); budget on this',
            'each start: a new page of a context whose service worker is installed and controls it; the servers are stopped',
            'baseline: the bare React app built with the same Workbox precache, started from its own service worker',
            `runs, ms: kiosk ${runList(runs.subject)}; baseline ${runList(runs.baseline)}`,
          ],
        },
      };
    }),
};
