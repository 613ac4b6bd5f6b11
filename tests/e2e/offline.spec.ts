// Issue point: an enrolled staff tablet starts, unlocks and captures notes with no server at all,
// and the service worker never keeps API responses. Stopping the server is the real test:
// setOffline does not cover the service worker's own requests, so it is only belt and braces here.
import { test, expect } from './support/fixtures';
import { captureScreen, saveNote } from './support/capture-screen';
import { cachedUrls, waitForServiceWorkerControl } from './support/service-worker';
import { unlock } from './support/tablet';

test('starts, unlocks, saves and keeps notes with the server stopped', async ({
  context,
  page,
  server,
  ward,
  enrolStaffTablet,
}) => {
  await enrolStaffTablet(page);
  await page.goto(`${server.url}/`);
  await expect(page).toHaveURL(/\/capture$/);
  await unlock(page, ward.pin);
  await expect(captureScreen(page).words).toBeVisible();
  await waitForServiceWorkerControl(page);

  const health = await page.evaluate(() => fetch('/api/health').then((response) => response.status));
  expect(health).toBe(200);
  const urls = await cachedUrls(page);
  expect(urls.length, 'the app shell is precached').toBeGreaterThan(0);
  expect(urls.filter((url) => new URL(url).pathname.startsWith('/api/'))).toEqual([]);

  await server.stop();
  await context.setOffline(true);
  await context.route('**/api/**', (route) => route.abort('internetdisconnected'));

  const offlinePage = await context.newPage();
  await offlinePage.goto(`${server.url}/capture`);
  // The PIN is checked on the tablet: unlocking needs no server.
  await unlock(offlinePage, ward.pin);
  const screen = captureScreen(offlinePage);
  await expect(screen.notesHeading).toBeVisible();

  await saveNote(offlinePage, 'Offline note one: the call bell was answered quickly');
  await saveNote(offlinePage, 'Offline note two: asked for a quieter ward at night');

  await offlinePage.reload();
  await unlock(offlinePage, ward.pin);
  await expect(screen.notesHeading).toBeVisible();
  await expect(screen.notes).toHaveText([/Offline note two/, /Offline note one/]);
  await expect(screen.notes.first()).toContainText('Waiting to send');
});
