// Issue 4, point 3: only staff leave the feedback screen, with the ward's PIN (checked on the tablet,
// so it works offline); five wrong tries lock it, across a reload. Whatever URL is typed, a kiosk
// shows the kiosk: it has no capture, board, huddle or setup screen, and nothing in it links there.
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { fillResponse, kioskScreen, sendFeedback, KIOSK_JOURNEY_TIMEOUT_MS } from './support/kiosk-screen';

test.describe.configure({ timeout: KIOSK_JOURNEY_TIMEOUT_MS });

const otherFaces = ['/capture', '/board', '/huddle', '/setup'] as const;

const expectNoLinksToOtherFaces = async (page: Page) => {
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(hrefs.filter((path) => otherFaces.some((face) => path.startsWith(face)))).toEqual([]);
};

/**
 * During a lockout nothing is disabled (a disabled box is skipped and says nothing of why): the box
 * and Unlock stay usable, and even the right PIN is refused with the countdown as the box's error.
 */
const expectRightPinRefused = async (page: Page, pin: string) => {
  const screen = kioskScreen(page);
  await expect(screen.staffPin).toBeEnabled();
  await expect(screen.unlock).toBeEnabled();
  await screen.staffPin.fill(pin);
  await screen.unlock.click();
  await expect(screen.staffPin).toHaveValue('');
  await expect(screen.staffPin).toBeFocused();
  await expect(screen.staffPin).toHaveAccessibleDescription(
    /^Error:\s+Too many wrong tries\. Try again in \d+ minutes?\.$/,
  );
  await expect(screen.staffOptionsHeading).toHaveCount(0);
};

test('the right PIN opens staff options; five wrong tries lock the PIN, even after a reload', async ({
  page,
  ward,
  enrolKioskTablet,
}) => {
  await enrolKioskTablet(page);
  const screen = kioskScreen(page);

  // A fresh kiosk: the ward's PIN opens the staff options.
  await screen.staff.click();
  await expect(screen.staffHeading).toBeVisible();
  await expect(screen.backToFeedback).toBeVisible();
  await expectNoLinksToOtherFaces(page);
  await screen.staffPin.fill(ward.pin);
  await screen.unlock.click();
  await expect(screen.staffOptionsHeading).toBeVisible();
  await expect(page.getByText(ward.name)).toBeVisible();
  await expect(page.getByText('Feedback waiting to send: 0')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sync now', exact: true })).toBeVisible();
  await expectNoLinksToOtherFaces(page);
  await screen.returnToFeedback.click();
  await expect(screen.heading).toBeVisible();

  // "Back to feedback" leaves the staff step without a PIN, and the PIN is not kept.
  await screen.staff.click();
  await expect(screen.staffPin).toHaveValue('');
  await screen.backToFeedback.click();
  await expect(screen.heading).toBeVisible();

  // Five wrong tries.
  await screen.staff.click();
  const wrongPin = ward.pin === '0000' ? '1111' : '0000';
  for (const triesLeft of [4, 3, 2]) {
    await screen.staffPin.fill(wrongPin);
    await screen.unlock.click();
    await expect(page.getByText(`That PIN is not right. ${triesLeft} tries left.`)).toBeVisible();
  }
  await screen.staffPin.fill(wrongPin);
  await screen.unlock.click();
  await expect(page.getByText('That PIN is not right. 1 try left.')).toBeVisible();
  await screen.staffPin.fill(wrongPin);
  await screen.unlock.click();
  const locked = page.getByText(/^Too many wrong tries\. Try again in \d+ minutes?\.$/);
  await expect(locked).toBeVisible();
  await expect(page.getByText('Too many wrong tries. Try again in 5 minutes.')).toBeVisible();
  await expectRightPinRefused(page, ward.pin);

  // Still locked after a reload: the right PIN is refused until the countdown ends.
  await page.reload();
  await expect(screen.heading.or(screen.staffHeading).first()).toBeVisible();
  if (await screen.heading.isVisible()) await screen.staff.click();
  await expect(screen.staffHeading).toBeVisible();
  await expect(locked).toBeVisible();
  await expectRightPinRefused(page, ward.pin);
});

test('a kiosk never reaches capture, board, huddle or setup by URL', async ({
  page,
  server,
  enrolKioskTablet,
}) => {
  await enrolKioskTablet(page);
  const screen = kioskScreen(page);
  await expectNoLinksToOtherFaces(page);
  await fillResponse(page, { answer: 'Very good' });
  await sendFeedback(page);
  await expectNoLinksToOtherFaces(page);

  for (const path of otherFaces) {
    await page.goto(`${server.url}${path}`);
    await expect(page, `${path} sends the kiosk back to /kiosk`).toHaveURL(`${server.url}/kiosk`);
    await expect(screen.heading).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  }
});
