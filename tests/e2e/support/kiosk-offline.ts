// Cutting and restoring a kiosk's network the way a ward loses it: the server stops (which is what
// the service worker's own requests notice; setOffline alone does not stop them) and the browser
// goes offline, with /api refused as belt and braces. Back online: the server first, then the
// network, whose `online` event makes the kiosk sync at once.
import type { Page } from '@playwright/test';
import type { TestServer } from './fixtures';

const apiRequests = '**/api/**';

export async function goOffline(page: Page, server: TestServer): Promise<void> {
  await server.stop();
  await page.context().setOffline(true);
  await page.context().route(apiRequests, (route) => route.abort('internetdisconnected'));
}

export async function goOnline(page: Page, server: TestServer): Promise<void> {
  await server.start();
  await page.context().unroute(apiRequests);
  await page.context().setOffline(false);
}
