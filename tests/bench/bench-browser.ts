// Chromium for the browser benchmarks, driven by Playwright as the end-to-end tests drive it (Debian's
// build, the same switches), and what they measure in a page: loads with a cold or a warm cache at a
// CPU slowdown (Chrome DevTools Protocol), when the page's first heading was painted, and its
// largest contentful paint (LCP). Times are page times: milliseconds after navigation start.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium-launch-options';

/** The kiosk's first heading (the FFT question), as tests/e2e and the kiosk contract name it. */
export const KIOSK_QUESTION = 'Overall, how was your experience of our service?';

/** The baseline app's only heading. */
export const BASELINE_HEADING = 'Hello';

/** The slowdown DESIGN.md's load budgets are measured at: a ward tablet is slower than this machine. */
export const CPU_SLOWDOWN = 4;

/** How long a measured load may take before the bench gives up on it (throttled, on 2 cores). */
const LOAD_TIMEOUT_MS = 60_000;

export const launchBenchBrowser = (): Promise<Browser> => chromium.launch(chromiumLaunchOptions());

type PaintProbe = { headingAt: number | null };
type ProbeWindow = { benchPaintProbe?: PaintProbe };

/**
 * Runs in every page of the context before its own scripts: notes the first animation frame in which
 * an `<h1>` with `headingText` is rendered and visible, that is the frame that paints it. One check
 * per frame costs the page next to nothing.
 */
const installPaintProbe = (headingText: string) => {
  const probe: PaintProbe = { headingAt: null };
  (window as ProbeWindow).benchPaintProbe = probe;
  const check = () => {
    const heading = [...document.querySelectorAll('h1')].find(
      (element) => element.textContent?.trim() === headingText && element.checkVisibility(),
    );
    if (heading) probe.headingAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

export type BenchContextOptions = {
  /** The `<h1>` whose painting the probe notes. */
  headingText: string;
  /** Whether pages may register and use service workers. */
  hasServiceWorkers: boolean;
};

export const newBenchContext = async (
  browser: Browser,
  { headingText, hasServiceWorkers }: BenchContextOptions,
): Promise<BrowserContext> => {
  const context = await browser.newContext({ serviceWorkers: hasServiceWorkers ? 'allow' : 'block' });
  // tsx compiles this file keeping function names, through a `__name` helper that pages do not have;
  // the functions handed to pages below need it defined there.
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  await context.addInitScript(installPaintProbe, headingText);
  return context;
};

/**
 * Enrols the context's tablet as a kiosk through /setup, as a person does; ends on the kiosk's
 * question. Headless Chromium may refuse persistent storage: setup then warns and waits for Continue.
 */
export const enrolKiosk = async (page: Page, siteUrl: string, code: string): Promise<void> => {
  await page.goto(`${siteUrl}/setup`);
  await page.getByRole('textbox', { name: 'Enrolment code' }).fill(code);
  await page.getByRole('button', { name: 'Enrol this tablet' }).click();
  const question = page.getByRole('heading', { level: 1, name: KIOSK_QUESTION });
  const continueButton = page.getByRole('button', { name: 'Continue' });
  await continueButton.or(question).first().waitFor({ timeout: LOAD_TIMEOUT_MS });
  if (await continueButton.isVisible()) await continueButton.click();
  await question.waitFor({ timeout: LOAD_TIMEOUT_MS });
};

const pollUntil = async (isDone: () => Promise<boolean>, what: string) => {
  const deadline = Date.now() + LOAD_TIMEOUT_MS;
  while (!(await isDone())) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** Waits until a service worker is active and controls `page` (reloading once, as a second visit). */
export const waitForServiceWorkerControl = async (page: Page): Promise<void> => {
  await pollUntil(
    () =>
      page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
      ),
    'the service worker to activate',
  );
  const isControlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await isControlled())) await page.reload();
  await pollUntil(isControlled, 'the service worker to control the page');
};

export type MeasuredLoad = {
  /** When the heading was first painted. */
  headingMilliseconds: number;
  /** The last LCP candidate once the page had loaded and settled. */
  lcpMilliseconds: number;
  /** The LCP element's tag, to see what was measured. */
  lcpElement: string;
  /** Whether a service worker controlled the page. */
  isControlled: boolean;
};

const readPaints = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ headingAt: number | null; lcp: number | null; element: string; isControlled: boolean }>(
        (resolve) => {
          const settle = () => {
            const observer = new PerformanceObserver((list) => {
              const last = list.getEntries().at(-1) as (PerformanceEntry & { element?: Element }) | undefined;
              observer.disconnect();
              resolve({
                headingAt: (window as ProbeWindow).benchPaintProbe?.headingAt ?? null,
                lcp: last?.startTime ?? null,
                element: last?.element?.tagName.toLowerCase() ?? 'none',
                isControlled: navigator.serviceWorker?.controller != null,
              });
            });
            observer.observe({ type: 'largest-contentful-paint', buffered: true });
          };
          // After the load event and a moment more, so that a larger paint that comes late (a
          // catalogue, a font) is the one counted, as a person would see it.
          const afterLoad = () => setTimeout(settle, 500);
          if (document.readyState === 'complete') afterLoad();
          else window.addEventListener('load', afterLoad, { once: true });
        },
      ),
  );

/**
 * Opens a new page in `context` and loads `url` at the bench's CPU slowdown. `isCold`: the HTTP cache
 * is cleared and bypassed (the context must block service workers for a load to be truly cold).
 * Waits for `heading`, then reads the paint times. The page is closed afterwards.
 */
export const measureLoad = async (
  context: BrowserContext,
  url: string,
  { headingText, isCold }: { headingText: string; isCold: boolean },
): Promise<MeasuredLoad> => {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    if (isCold) {
      await cdp.send('Network.enable');
      await cdp.send('Network.clearBrowserCache');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    // Waits on the paint probe, not with a role locator: Playwright answers a locator by querying the
    // page's accessibility tree on its main thread, over and over while it waits, and at 4x slowdown
    // that work (tens of ms, more for a larger page) delays the very paint being measured.
    await page.waitForFunction(() => (window as ProbeWindow).benchPaintProbe?.headingAt != null, undefined, {
      polling: 100,
      timeout: LOAD_TIMEOUT_MS,
    });
    await page.getByRole('heading', { level: 1, name: headingText }).waitFor({ state: 'visible' });
    const paints = await readPaints(page);
    if (paints.headingAt === null || paints.lcp === null) {
      throw new Error(`${url}: the page showed "${headingText}" but reported no paint time for it.`);
    }
    return {
      headingMilliseconds: paints.headingAt,
      lcpMilliseconds: paints.lcp,
      lcpElement: paints.element,
      isControlled: paints.isControlled,
    };
  } finally {
    await page.close();
  }
};
