// A tablet as a person sets it up: enrolled through /setup with a code, unlocked with the PIN.
import { expect, type Page } from '@playwright/test';
import { FFT_QUESTION } from './kiosk-text';

export const setupScreen = (page: Page) => ({
  code: page.getByRole('textbox', { name: 'Enrolment code' }),
  enrol: page.getByRole('button', { name: 'Enrol this tablet' }),
  continue: page.getByRole('button', { name: 'Continue' }),
});

export const lockScreen = (page: Page) => ({
  pin: page.getByLabel('Staff PIN'),
  unlock: page.getByRole('button', { name: 'Unlock' }),
});

/**
 * Enrols the tablet with `code` and waits until it has moved on: a staff tablet to its PIN screen,
 * a kiosk to the FFT question. The browser may refuse to keep storage (headless Chromium often
 * does); the setup screen then warns and waits for Continue.
 */
export async function enrol(
  page: Page,
  baseUrl: string,
  code: string,
  role: 'kiosk' | 'staff',
): Promise<void> {
  const setup = setupScreen(page);
  await page.goto(`${baseUrl}/setup`);
  await setup.code.fill(code);
  await setup.enrol.click();
  const next =
    role === 'staff'
      ? lockScreen(page).pin
      : page.getByRole('heading', { level: 1, name: FFT_QUESTION, exact: true });
  await expect(setup.continue.or(next)).toBeVisible();
  if (await setup.continue.isVisible()) await setup.continue.click();
  await expect(next).toBeVisible();
}

/** Unlocks the staff screens with the ward's PIN. */
export async function unlock(page: Page, pin: string): Promise<void> {
  const lock = lockScreen(page);
  await lock.pin.fill(pin);
  await lock.unlock.click();
  await expect(lock.pin).toBeHidden();
}
