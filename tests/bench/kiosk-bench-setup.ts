// What each kiosk benchmark starts from: both builds (made once per bench run), a real server for
// each (Wardside with a ward to enrol kiosks into; the baseline app on a port of its own) and one
// Chromium; all stopped and removed afterwards, whatever happens.
import type { Browser } from '@playwright/test';
import { launchBenchBrowser } from './bench-browser';
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
