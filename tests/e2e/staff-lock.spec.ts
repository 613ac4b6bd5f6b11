// Issue 5, point 6: after 5 minutes idle, or when the tablet sleeps, the staff screens lock behind
// the staff PIN. Unsaved text is kept through the lock but is not in the page behind it, and the
// header's menu (which names what is behind the lock) goes while locked.
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { captureScreen } from './support/capture-screen';
import { lockScreen, unlock } from './support/tablet';

const draft = 'Daughter of the man in bay 4 asked twice about his discharge letter';
const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu' });

/** The draft is nowhere a person or a screen reader could find it: text, markup, accessibility tree or a box's value. */
const expectDraftNowhere = async (page: Page) => {
  await expect(page.locator('body')).not.toContainText(draft);
  expect(await page.content()).not.toContain(draft);
  expect(await page.locator('body').ariaSnapshot()).not.toContain(draft);
  const values = await page
    .locator('input, textarea')
    .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement | HTMLTextAreaElement).value));
  expect(values.join('\n')).not.toContain(draft);
};

const expectLockedWithNothingBehind = async (page: Page) => {
  await expect(lockScreen(page).pin).toBeVisible();
  await expect(lockScreen(page).unlock).toBeEnabled();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock Wardside' })).toBeVisible();
  await expect(captureScreen(page).words).toHaveCount(0);
  await expect(captureScreen(page).notesHeading).toHaveCount(0);
  await expect(menu(page)).toHaveCount(0);
  for (const name of ['Capture', 'Board', 'Huddle', 'Kiosk', 'Admin']) {
    await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
  }
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toHaveCount(0);
  await expectDraftNowhere(page);
};

// Each journey enrols a tablet on a fresh server, which is slow on a busy two-core machine.
test.describe.configure({ timeout: 180_000 });

test('5 minutes idle locks the staff screens; the draft and the menu come back with the PIN', async ({
  page,
  ward,
  enrolStaffTablet,
}) => {
  // The page's clock and timers, from the first load, so the test can move time on.
  await page.clock.install();
  await enrolStaffTablet(page);
  const capture = captureScreen(page);
  await expect(menu(page)).toBeVisible();
  await capture.words.click();
  await capture.words.fill(draft);

  await page.clock.fastForward('04:30');
  await expect(capture.words).toHaveValue(draft);
  await expect(menu(page)).toBeVisible();

  await page.clock.fastForward('00:31');
  await expectLockedWithNothingBehind(page);

  await unlock(page, ward.pin);
  await expect(capture.words).toHaveValue(draft);
  await expect(menu(page)).toBeVisible();
});

test('the tablet going to sleep locks the staff screens at once, keeping the draft', async ({
  page,
  ward,
  enrolStaffTablet,
}) => {
  await enrolStaffTablet(page);
  const capture = captureScreen(page);
  await capture.words.fill(draft);

  // Headless Chromium never hides a page (not for another tab in front, a minimised window or a
  // CDP freeze), so this reports what a tablet's browser reports as its screen goes off.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expectLockedWithNothingBehind(page);

  await page.evaluate(() => {
    Reflect.deleteProperty(document, 'visibilityState');
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(lockScreen(page).pin).toBeVisible();
  await unlock(page, ward.pin);
  await expect(capture.words).toHaveValue(draft);
  await expect(menu(page)).toBeVisible();
});
