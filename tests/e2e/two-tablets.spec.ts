// Issue point: two staff tablets of one ward converge through the real server, with nobody tapping
// "Sync now". The ward's network and the server go down together; a note saved on tablet A then
// survives a reload, and once both are back (same data, same port) it reaches tablet B within 10
// seconds. The same idea title, edited on both tablets while offline, ends the same on both, and
// the value that lost is kept in the idea's history on both (SPEC IDEA-1, IDEA-2).
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { addIdea, boardScreen, changeIdeaTitle } from './support/board-screen';
import { captureScreen, saveNote } from './support/capture-screen';
import { goTo } from './support/navigation';
import { waitForServiceWorkerControl } from './support/service-worker';
import { enrol, unlock } from './support/tablet';
import type { TestWard } from './support/ward-admin';

test.setTimeout(180_000);

const openStaffTablet = async (browser: Browser, url: string, ward: TestWard): Promise<Page> => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await enrol(page, url, await ward.createCode('staff'), 'staff');
  // The app shell must be precached for the reload with no network.
  await waitForServiceWorkerControl(page);
  await unlock(page, ward.pin);
  return page;
};

const syncStatus = (page: Page) => page.getByRole('region', { name: 'Sync status' });

const noteOnA = 'Saved on A while the server was down: the family room was locked';
const ideaTitle = 'Call bells';
const titleOnA = 'Call bells: answer within 2 minutes';
const titleOnB = 'Call bells: turn the volume down at night';

test('two staff tablets converge on notes and on an idea edited offline on both', async ({
  browser,
  server,
  ward,
}) => {
  const tabletA = await openStaffTablet(browser, server.url, ward);
  const tabletB = await openStaffTablet(browser, server.url, ward);

  // An idea both tablets hold while the server is up.
  await goTo(tabletA, 'Board');
  await addIdea(tabletA, ideaTitle);
  await expect(syncStatus(tabletA)).toContainText('Nothing waiting to be sent');
  await goTo(tabletB, 'Board');
  await expect(boardScreen(tabletB).idea(ideaTitle)).toBeVisible();

  // The ward's network and the server go down. A saves a note, which survives a reload.
  await server.stop();
  for (const tablet of [tabletA, tabletB]) await tablet.context().setOffline(true);
  await goTo(tabletA, 'Capture');
  await saveNote(tabletA, noteOnA);
  const notesOnA = captureScreen(tabletA).notes.filter({ hasText: noteOnA });
  await expect(notesOnA).toContainText('Waiting to send');
  await tabletA.reload();
  await unlock(tabletA, ward.pin);
  await expect(notesOnA).toContainText('Waiting to send');

  // Both change the idea's title while the server is down.
  await goTo(tabletA, 'Board');
  await changeIdeaTitle(tabletA, ideaTitle, titleOnA);
  await changeIdeaTitle(tabletB, ideaTitle, titleOnB);

  await expect(syncStatus(tabletA)).toContainText('items waiting to be sent');

  // The server comes back on the same port with the same data, then the network.
  await server.start();
  await goTo(tabletB, 'Capture');
  for (const tablet of [tabletA, tabletB]) await tablet.context().setOffline(false);
  await expect(captureScreen(tabletB).notes.filter({ hasText: noteOnA })).toBeVisible({ timeout: 10_000 });
  await goTo(tabletA, 'Capture');
  await expect(notesOnA).toContainText('Sent');

  // The idea converges: one title wins on both, and the other is kept in its history on both.
  await goTo(tabletA, 'Board');
  await goTo(tabletB, 'Board');
  const winnerOn = async (page: Page) => {
    const card = page.getByRole('article', { name: new RegExp(`^(${titleOnA}|${titleOnB})$`) });
    await expect(card).toHaveCount(1);
    return (await card.getByRole('heading').first().textContent()) ?? '';
  };
  await expect
    .poll(async () => (await winnerOn(tabletA)) === (await winnerOn(tabletB)), { timeout: 15_000 })
    .toBe(true);
  const winner = await winnerOn(tabletA);
  const loser = winner === titleOnA ? titleOnB : titleOnA;
  for (const tablet of [tabletA, tabletB]) {
    const history = boardScreen(tablet).idea(winner).getByRole('region', { name: 'Idea history' });
    await expect(history).toContainText(`Title: “${loser}”`, { timeout: 15_000 });
    await expect(history).toContainText('kept from a change made at the same time on another tablet');
  }
});
