// The kiosk's /kiosk against the baseline app's page, loaded in turn the same way (cold or warm, at
// the bench's CPU slowdown), as both the cold-load and the warm-start benchmarks measure them.
import type { BrowserContext } from '@playwright/test';
import { alternatingRuns } from './alternating-runs';
import { BASELINE_HEADING, KIOSK_QUESTION, measureLoad, type MeasuredLoad } from './bench-browser';
import { formatMilliseconds, median } from './statistics';

/** One page's loads and their medians. */
export type LoadSummary = { lcpMedian: number; headingMedian: number; loads: MeasuredLoad[] };

type LoadComparisonOptions = {
  kioskContext: BrowserContext;
  /** The Wardside site's origin; the kiosk is loaded at `/kiosk`. */
  kioskSiteUrl: string;
  baselineContext: BrowserContext;
  /** The baseline site's origin; its app is loaded at `/`. */
  baselineSiteUrl: string;
  isCold: boolean;
  runCount: number;
};

const summarise = (loads: MeasuredLoad[]): LoadSummary => ({
  lcpMedian: median(loads.map(({ lcpMilliseconds }) => lcpMilliseconds)),
  headingMedian: median(loads.map(({ headingMilliseconds }) => headingMilliseconds)),
  loads,
});

/** `runCount` loads of each page, in alternating order (see alternatingRuns), summarised. */
export const compareKioskLoads = async ({
  kioskContext,
  kioskSiteUrl,
  baselineContext,
  baselineSiteUrl,
  isCold,
  runCount,
}: LoadComparisonOptions): Promise<{ kiosk: LoadSummary; baseline: LoadSummary }> => {
  const runs = await alternatingRuns(
    runCount,
    () => measureLoad(kioskContext, `${kioskSiteUrl}/kiosk`, { headingText: KIOSK_QUESTION, isCold }),
    () => measureLoad(baselineContext, `${baselineSiteUrl}/`, { headingText: BASELINE_HEADING, isCold }),
  );
  return { kiosk: summarise(runs.subject), baseline: summarise(runs.baseline) };
};

/** The kiosk's time over the baseline's, signed: `+1,204` or `-12`. */
export const formatDifference = (kioskMilliseconds: number, baselineMilliseconds: number): string =>
  `${kioskMilliseconds >= baselineMilliseconds ? '+' : ''}${formatMilliseconds(kioskMilliseconds - baselineMilliseconds)}`;

/** Every load's time, `1,204 / 1,187 / …`, for the table's notes. */
export const formatRuns = (loads: readonly MeasuredLoad[], time: (load: MeasuredLoad) => number): string =>
  loads.map((load) => formatMilliseconds(time(load))).join(' / ');
