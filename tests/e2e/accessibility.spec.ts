// Issue point: the screens meet WCAG 2.2 AA as far as axe-core can tell, in each state a person
// sees: setting up the tablet (and a wrong code), the PIN screen (and a wrong PIN), the capture
// screen empty, with a saved note and with a validation error, and the board with an idea.
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { axeViolations, describeViolations } from './support/axe';
import { captureScreen, saveNote } from './support/capture-screen';
import { enrol, lockScreen, setupScreen } from './support/tablet';

// axe-core is injected as a script tag, which the app's strict CSP (no inline script) rightly
// blocks. Bypassing CSP in this test's browser context only is the honest trade: the CSP itself
// is checked in security-headers.spec.ts.
test.use({ bypassCSP: true });

const expectNoViolations = async (page: Page) => {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
};

test.describe('setting up and unlocking', () => {
  test('the setup screen has no WCAG 2.2 AA violations, nor with a wrong code', async ({ page, server }) => {
    await page.goto(`${server.url}/capture`);
    const setup = setupScreen(page);
    await expect(setup.code).toBeVisible();
    await expectNoViolations(page);

    await setup.code.fill('NOT-A-REAL-CODE');
    await setup.enrol.click();
    await expect(setup.code).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page);
  });

  test('the PIN screen has no WCAG 2.2 AA violations, nor after a wrong PIN', async ({
    page,
    server,
    ward,
  }) => {
    await enrol(page, server.url, await ward.createCode('staff'), 'staff');
    const lock = lockScreen(page);
    await expectNoViolations(page);

    await lock.pin.fill('0000');
    await lock.unlock.click();
    await expect(lock.pin).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page);
  });
});

test.describe('an unlocked staff tablet', () => {
  // Enrolling ends on the capture screen, unlocked.
  test.beforeEach(async ({ page, enrolStaffTablet }) => {
    await enrolStaffTablet(page);
    await expect(captureScreen(page).words).toBeVisible();
  });

  test('the empty capture screen has no WCAG 2.2 AA violations', async ({ page }) => {
    await expectNoViolations(page);
  });

  test('the capture screen with a saved note has no WCAG 2.2 AA violations', async ({ page }) => {
    await saveNote(page, 'Relative said the discharge letter was clear');
    await expectNoViolations(page);
  });

  test('the capture screen showing a validation error has no WCAG 2.2 AA violations', async ({ page }) => {
    const screen = captureScreen(page);
    await screen.words.fill('');
    await screen.save.click();
    await expect(screen.words).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page);
  });

  test('the board with an idea has no WCAG 2.2 AA violations', async ({ page }) => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Board' }).click();
    const newIdea = page.getByRole('region', { name: 'New idea' });
    await newIdea.getByRole('textbox', { name: 'Title' }).fill('Quieter night-time drug rounds');
    await newIdea.getByRole('button', { name: 'Add idea' }).click();
    await expect(page.getByRole('article', { name: 'Quieter night-time drug rounds' })).toBeVisible();
    await expectNoViolations(page);
  });
});
