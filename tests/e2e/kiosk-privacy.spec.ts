// Issue 4, point 3: the next person never sees the previous person's answers. After sending (by
// "Start again" or the 20 s reset) and after 90 s idle (with "Still there?" at 70 s) every field is
// blank and language and display are back to their defaults; neither the back button nor a trip
// through the back/forward cache (kiosk-back-forward-cache.spec.ts) brings answers back. Time is Playwright's clock, not real waiting.
import { test, expect } from './support/fixtures';
import {
  chooseLanguage,
  expectBlankForm,
  expectDefaultSettings,
  fillResponse,
  kioskScreen,
  radio,
  sendFeedback,
  KIOSK_JOURNEY_TIMEOUT_MS,
} from './support/kiosk-screen';
import { expectNoTraceOf, newHistoryEntry, someone } from './support/kiosk-privacy';

test.describe.configure({ timeout: KIOSK_JOURNEY_TIMEOUT_MS });

test('after sending, by "Start again" or the 20 s reset, the next person starts blank and in English', async ({
  page,
  enrolKioskTablet,
}) => {
  await page.clock.install();
  await enrolKioskTablet(page);
  const screen = kioskScreen(page);

  // Someone turns on every display mode, answers, switches to Polish and sends.
  await screen.easyRead.click();
  await expect(screen.easyRead).toHaveAttribute('aria-pressed', 'true');
  await radio(screen.textSize, 'Largest').check();
  await screen.highContrast.click();
  await expect(screen.highContrast).toHaveAttribute('aria-pressed', 'true');
  const first = someone('First person');
  await fillResponse(page, first);
  const polish = await chooseLanguage(page, 'pl');
  await sendFeedback(page, 'pl');
  await polish.startAgain.click();
  await expectBlankForm(page);
  await expectDefaultSettings(page);
  await expectNoTraceOf(page, first);

  // The next person sends and walks away: the thank-you clears itself after 20 s.
  const second = someone('Second person');
  await fillResponse(page, second);
  await sendFeedback(page);
  await page.clock.fastForward(15_000);
  await expect(screen.thankYouHeading).toBeVisible();
  await page.clock.fastForward(6_000);
  await expectBlankForm(page);
  await expectNoTraceOf(page, second);
});

test('the back button never shows the previous answers', async ({ page, server, enrolKioskTablet }) => {
  await enrolKioskTablet(page);
  const screen = kioskScreen(page);
  await newHistoryEntry(page, server.url);

  // Back while the thank-you shows.
  const first = someone('First person');
  await fillResponse(page, first);
  await sendFeedback(page);
  await page.goBack();
  await expectNoTraceOf(page, first);

  // Back after "Start again".
  await newHistoryEntry(page, server.url);
  const second = someone('Second person');
  await fillResponse(page, second);
  await sendFeedback(page);
  await screen.startAgain.click();
  await expectBlankForm(page);
  await page.goBack();
  await expectNoTraceOf(page, second);
});

test('idle: "Still there?" after 70 s with input, everything cleared at 90 s', async ({
  page,
  enrolKioskTablet,
}) => {
  await page.clock.install();
  await enrolKioskTablet(page);
  const screen = kioskScreen(page);

  // Nobody has started: there is nothing to warn about.
  await page.clock.fastForward(100_000);
  await expect(screen.stillThere).toHaveCount(0);
  await expectBlankForm(page);

  const person = someone('Idle person');
  await screen.easyRead.click();
  await fillResponse(page, person);
  await page.clock.fastForward(65_000);
  await expect(screen.stillThere).toHaveCount(0);
  await page.clock.fastForward(6_000);
  await expect(screen.stillThere).toBeVisible();
  await expect(screen.stillThere).toContainText(/Your answers will be cleared in \d+ seconds?\./);

  // "I'm still here" keeps everything and starts the wait again.
  await screen.stillHere.click();
  await expect(screen.stillThere).toBeHidden();
  await expect(radio(screen.question, 'Poor')).toBeChecked();
  await expect(screen.whatWasGood).toHaveValue(person.whatWasGood ?? '');
  await page.clock.fastForward(65_000);
  await expect(screen.stillThere).toHaveCount(0);
  await page.clock.fastForward(6_000);
  await expect(screen.stillThere).toBeVisible();

  // Nobody answers the warning: at 90 s idle everything is cleared.
  await page.clock.fastForward(21_000);
  await expect(screen.stillThere).toBeHidden();
  await expectBlankForm(page);
  await expectDefaultSettings(page);
  await expectNoTraceOf(page, person);
});
