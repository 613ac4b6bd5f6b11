// What each kiosk benchmark starts from: both builds (made once per bench run), a real server for
// each (Wardside with a ward to enrol kiosks into; the baseline app on a port of its own) and one
// Chromium; all stopped and removed afterwards, whatever happens. Also the two browser contexts the
// benchmarks compare: an enrolled kiosk's, and the baseline app's.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import {
  BASELINE_HEADING,
  KIOSK_QUESTION,
  enrolKiosk,
  launchBenchBrowser,
  newBenchContext,
} from './bench-browser';
import { browserBuilds } from './browser-builds';
import { startBenchSite, startWardsideSite, type BenchSite, type WardsideBenchSite } from './bench-site';

export type KioskBenchSetup = { app: WardsideBenchSite; baseline: BenchSite; browser: Browser };

export const withKioskBenchSetup = async <Value>(
  work: (setup: KioskBenchSetup) => Promise<Value>,
): Promise<Value> => {
  const { appDirectory, baselineDirectory } = await browserBuilds();
  const app = await startWardsideSite(appDirectory);
  try {
    const baseline = await startBenchSite(baselineDirectory);
    try {
      const browser = await launchBenchBrowser();
      try {
        return await work({ app, baseline, browser });
      } finally {
        await browser.close();
      }
    } finally {
      await baseline.remove();
    }
  } finally {
    await app.remove();
  }
};

type ContextOptions = {
  /** Whether pages may register and use service workers (blocked for truly cold loads). */
  hasServiceWorkers: boolean;
};

/**
 * A context whose tablet is enrolled as a kiosk of the app's ward (through /setup, as a person does),
 * its paint probe watching the FFT question; with the page that enrolled it, still open on the
 * question.
 */
export const openEnrolledKiosk = async (
  { app, browser }: KioskBenchSetup,
  { hasServiceWorkers }: ContextOptions,
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await newBenchContext(browser, { headingText: KIOSK_QUESTION, hasServiceWorkers });
  const page = await context.newPage();
  await enrolKiosk(page, app.url, await app.createKioskCode());
  return { context, page };
};

/** A context for the baseline app, its paint probe watching the app's heading. */
export const newBaselineContext = (
  { browser }: KioskBenchSetup,
  { hasServiceWorkers }: ContextOptions,
): Promise<BrowserContext> => newBenchContext(browser, { headingText: BASELINE_HEADING, hasServiceWorkers });
