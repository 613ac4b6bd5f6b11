// Issue 4, point 5: no WCAG 2.2 A/AA violations that axe-core can find on any step of the kiosk (the
// question, the staff PIN, "Still there?", the thank-you) in any of its seven languages, nor in easy
// read, largest text or high contrast. Each state is checked softly, so one run lists every state
// that fails rather than stopping at the first.
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { axeViolations, describeViolations } from './support/axe';
import { chooseLanguage, fillResponse, kioskScreen, radio, type KioskScreen } from './support/kiosk-screen';
import { KIOSK_LANGUAGES, type KioskLanguageCode } from './support/kiosk-text';

// axe-core goes in as a script tag, which the app's strict CSP rightly blocks; the CSP itself is
// checked in security-headers.spec.ts.
test.use({ bypassCSP: true });

const expectNoViolations = async (page: Page, state: string) => {
  const violations = await axeViolations(page);
  expect.soft(violations, `${state}:\n${describeViolations(violations)}`).toEqual([]);
};

/** A display mode; `turnOn` leaves it on if it is on already. */
type Mode = { name: string; turnOn: (screen: KioskScreen) => Promise<void> };

const standard: Mode = { name: 'standard', turnOn: async () => {} };

/** The language (and mode) again if a step went back to the defaults, as a reset does. */
const keep = async (page: Page, code: KioskLanguageCode, mode: Mode): Promise<KioskScreen> => {
  const isLanguageKept = (await page.locator('html').getAttribute('lang')) === code;
  const screen = isLanguageKept ? kioskScreen(page, code) : await chooseLanguage(page, code);
  await mode.turnOn(screen);
  return screen;
};

/** Every step of the kiosk in one language and mode: question, staff, "Still there?", thank-you. */
const checkEveryStep = async (page: Page, code: KioskLanguageCode, mode: Mode) => {
  const label = `${code}, ${mode.name}`;
  let screen = code === 'en' ? kioskScreen(page) : await chooseLanguage(page, code);
  await mode.turnOn(screen);
  await expect(screen.heading).toBeVisible();
  await expectNoViolations(page, `question step (${label})`);

  await screen.staff.click();
  await expect(screen.staffHeading).toBeVisible();
  await expectNoViolations(page, `staff step (${label})`);
  await screen.backToFeedback.click();
  await expect(kioskScreen(page).heading.or(screen.heading).first()).toBeVisible();

  screen = await keep(page, code, mode);
  await screen.answers.first().check();
  await page.clock.fastForward(71_000);
  await expect(screen.stillThere).toBeVisible();
  await expectNoViolations(page, `"Still there?" dialog (${label})`);
  await screen.stillHere.click();
  await expect(screen.stillThere).toBeHidden();

  await screen.send.click();
  await expect(screen.thankYouHeading).toBeVisible();
  await expectNoViolations(page, `thank-you step (${label})`);
  await screen.startAgain.click();
  await expect(kioskScreen(page).heading).toBeVisible();
};

test('every kiosk step in every language has no WCAG 2.2 A/AA violations', async ({
  page,
  enrolKioskTablet,
}) => {
  test.setTimeout(240_000);
  await page.clock.install();
  await enrolKioskTablet(page);

  // English also with the error summary and with the redaction preview showing.
  const screen = kioskScreen(page);
  await screen.send.click();
  await expect(page.getByRole('link', { name: 'Choose an answer to the question' })).toBeVisible();
  await expectNoViolations(page, 'question step with the error summary (en)');
  await fillResponse(page, { answer: 'Good', whatWasGood: 'Call me on 07700 900123' });
  await expect(page.getByText('Your words will be saved as:')).toBeVisible();
  await expectNoViolations(page, 'question step with the redaction preview (en)');
  await screen.send.click();
  await expect(screen.thankYouHeading).toBeVisible();
  await screen.startAgain.click();

  for (const { code } of KIOSK_LANGUAGES) {
    await test.step(code, () => checkEveryStep(page, code, standard));
  }
});

test('every kiosk step in easy read, largest text and high contrast has no WCAG 2.2 A/AA violations', async ({
  page,
  enrolKioskTablet,
}) => {
  test.setTimeout(180_000);
  await page.clock.install();
  await enrolKioskTablet(page);

  const modes: Mode[] = [
    {
      name: 'easy read',
      turnOn: async (screen) => {
        if ((await screen.easyRead.getAttribute('aria-pressed')) !== 'true') await screen.easyRead.click();
        await expect(screen.easyRead).toHaveAttribute('aria-pressed', 'true');
      },
    },
    {
      name: 'largest text',
      turnOn: async (screen) => {
        await radio(screen.textSize, screen.words.display('textSizeLargest')).check();
      },
    },
    {
      name: 'high contrast',
      turnOn: async (screen) => {
        if ((await screen.highContrast.getAttribute('aria-pressed')) !== 'true') {
          await screen.highContrast.click();
        }
        await expect(screen.highContrast).toHaveAttribute('aria-pressed', 'true');
      },
    },
  ];
  const everything: Mode = {
    name: 'all three, in Arabic',
    turnOn: async (screen) => {
      for (const mode of modes) await mode.turnOn(screen);
    },
  };
  for (const mode of modes) await test.step(mode.name, () => checkEveryStep(page, 'en', mode));
  await test.step(everything.name, () => checkEveryStep(page, 'ar', everything));
});
