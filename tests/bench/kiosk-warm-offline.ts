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
import type { Page } from '@playwright/test';
import type { Benchmark } from './benchmark';
import { CPU_SLOWDOWN, waitForServiceWorkerControl } from './bench-browser';
import { newBaselineContext, openEnrolledKiosk, withKioskBenchSetup } from './kiosk-bench-setup';
import { compareKioskLoads, formatDifference, formatRuns } from './kiosk-load-comparison';
import { formatMilliseconds } from './statistics';

const RUN_COUNT = 5;
const START_BUDGET_MS = 1_000;

/** Waits until its service worker controls `page`, then closes the page; the worker stays. */
const installServiceWorker = async (page: Page) => {
  try {
    await waitForServiceWorkerControl(page);
  } finally {
    await page.close();
  }
};

export const kioskWarmOffline: Benchmark = {
  name: 'kiosk-warm-offline',
  run: () =>
    withKioskBenchSetup(async (setup) => {
      const enrolled = await openEnrolledKiosk(setup, { hasServiceWorkers: true });
      await installServiceWorker(enrolled.page);
      const baselineContext = await newBaselineContext(setup, { hasServiceWorkers: true });
      const baselinePage = await baselineContext.newPage();
      await baselinePage.goto(`${setup.baseline.url}/`);
      await installServiceWorker(baselinePage);
      await setup.app.stopServer();
      await setup.baseline.stopServer();

      const { kiosk, baseline } = await compareKioskLoads({
        kioskContext: enrolled.context,
        kioskSiteUrl: setup.app.url,
        baselineContext,
        baselineSiteUrl: setup.baseline.url,
        isCold: false,
        runCount: RUN_COUNT,
      });
      if ([...kiosk.loads, ...baseline.loads].some(({ isControlled }) => !isControlled)) {
        throw new Error('An offline start was not controlled by its service worker.');
      }

      const budgetFailures =
        kiosk.headingMedian > START_BUDGET_MS
          ? [
              `the kiosk's warm offline start at ${CPU_SLOWDOWN}x CPU slowdown takes ${formatMilliseconds(kiosk.headingMedian)} ms, over its budget of ${formatMilliseconds(START_BUDGET_MS)} ms`,
            ]
          : [];
      const startOf = ({ headingMilliseconds }: { headingMilliseconds: number }) => headingMilliseconds;

      return {
        budgetFailures,
        json: {
          unit: 'milliseconds after navigation start',
          cpuSlowdown: CPU_SLOWDOWN,
          runs: RUN_COUNT,
          budgetMilliseconds: START_BUDGET_MS,
          kiosk,
          baseline,
        },
        table: {
          title: `Kiosk warm offline start at ${CPU_SLOWDOWN}x CPU slowdown, server stopped (median of ${RUN_COUNT})`,
          columns: ['page', 'heading ms', 'LCP ms', 'difference ms', 'budget ms'],
          rows: [
            [
              '/kiosk, enrolled',
              formatMilliseconds(kiosk.headingMedian),
              formatMilliseconds(kiosk.lcpMedian),
              formatDifference(kiosk.headingMedian, baseline.headingMedian),
              formatMilliseconds(START_BUDGET_MS),
            ],
            [
              'bare React PWA (baseline)',
              formatMilliseconds(baseline.headingMedian),
              formatMilliseconds(baseline.lcpMedian),
              '0',
              '-',
            ],
          ],
          notes: [
            'start: navigation start to the first frame that renders the <h1> (the FFT question; "Hello"); budget on this',
            'each start: a new page of a context whose service worker is installed and controls it; the servers are stopped',
            'baseline: the bare React app built with the same Workbox precache, started from its own service worker',
            `runs, ms: kiosk ${formatRuns(kiosk.loads, startOf)}; baseline ${formatRuns(baseline.loads, startOf)}`,
          ],
        },
      };
    }),
};
