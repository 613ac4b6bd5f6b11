// Waits for the service worker the way a person's second visit gets it: registered, activated
// (so the app shell is precached), and controlling the page, reloading once if the first load
// was not yet controlled (registerType 'prompt' does not claim open pages).
import { expect, type Page } from '@playwright/test';

const activeState = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration?.active?.state ?? 'no active service worker';
  });

const isControlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await expect
    .poll(() => activeState(page), { message: 'the service worker never activated', timeout: 30_000 })
    .toBe('activated');
  if (!(await isControlled(page))) await page.reload();
  await expect
    .poll(() => isControlled(page), {
      message: 'the service worker does not control the page',
      timeout: 15_000,
    })
    .toBe(true);
}

/** Every URL held in Cache Storage, across all caches. */
export const cachedUrls = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) urls.push(request.url);
    }
    return urls;
  });
