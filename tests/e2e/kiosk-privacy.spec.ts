// Issue 4, point 3: the next person never sees the previous person's answers. After sending (by
// "Start again" or the 20 s reset) and after 90 s idle (with "Still there?" at 70 s) every field is
// blank and language and display are back to their defaults; neither the back button nor a trip
// through the back/forward cache brings answers back. Time is Playwright's clock, not real waiting.
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import {
  chooseLanguage,
  expectBlankForm,
  expectDefaultSettings,
  fillResponse,
  kioskScreen,
  radio,
  sendFeedback,
  type KioskResponse,
} from './support/kiosk-screen';

const someone = (words: string): KioskResponse => ({
  answer: 'Poor',
  whatWasGood: `${words}: the tea trolley came on time`,
  whatCouldBeBetter: `${words}: the bay was too warm at night`,
  respondent: 'Visitor',
  assistedBy: 'Staff',
});

/**
 * Whatever the kiosk shows (the thank-you or the question), nothing of `response` is on it: no
 * answer chosen in the form, its words nowhere on the page nor in any textbox.
 */
const expectNoTraceOf = async (page: Page, response: KioskResponse) => {
  const screen = kioskScreen(page);
  await expect(screen.heading.or(screen.thankYouHeading).first()).toBeVisible();
  for (const words of [response.whatWasGood, response.whatCouldBeBetter]) {
    if (words === undefined) continue;
    await expect(page.getByText(words)).toHaveCount(0);
    for (const textbox of await page.getByRole('textbox').all()) {
      await expect(textbox).not.toHaveValue(words);
    }
  }
  if (await screen.heading.isVisible()) await expectBlankForm(page);
};

/** Records whether a page was shown again from the back/forward cache, for the report. */
const notePageshows = (page: Page) =>
  page.addInitScript(() => {
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) (window as unknown as { wasRestored: boolean }).wasRestored = true;
    });
  });

const wasRestoredFromBackForwardCache = (page: Page) =>
  page.evaluate(() => (window as unknown as { wasRestored?: boolean }).wasRestored === true);

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

test('neither the back button nor the back/forward cache shows the previous answers', async ({
  page,
  server,
  enrolKioskTablet,
}) => {
  await notePageshows(page);
  await enrolKioskTablet(page);
  const screen = kioskScreen(page);
  // A new history entry with the kiosk page behind it. (Going to the URL the page is already on
  // would replace the entry: `/` redirects to /kiosk inside the new one instead.)
  const newEntry = async () => {
    await page.goto(`${server.url}/`);
    await expectBlankForm(page);
  };
  await newEntry();

  // Back while the thank-you shows, then back after "Start again".
  const first = someone('First person');
  await fillResponse(page, first);
  await sendFeedback(page);
  await page.goBack();
  await expectNoTraceOf(page, first);
  await newEntry();
  const second = someone('Second person');
  await fillResponse(page, second);
  await sendFeedback(page);
  await screen.startAgain.click();
  await expectBlankForm(page);
  await page.goBack();
  await expectNoTraceOf(page, second);

  // Away to another page and back (the back/forward cache keeps the page as it was left): to
  // another URL of the app after "Start again", and to about:blank while the thank-you shows.
  await newEntry();
  const third = someone('Third person');
  await fillResponse(page, third);
  await sendFeedback(page);
  await screen.startAgain.click();
  await page.goto(`${server.url}/board`);
  await expect(page).toHaveURL(`${server.url}/kiosk`);
  await page.goBack();
  await expectNoTraceOf(page, third);
  const restoredAfterStartAgain = await wasRestoredFromBackForwardCache(page);

  await newEntry();
  const fourth = someone('Fourth person');
  await fillResponse(page, fourth);
  await sendFeedback(page);
  await page.goto('about:blank');
  await page.goBack();
  await expectNoTraceOf(page, fourth);
  test.info().annotations.push({
    type: 'back/forward cache',
    description: `restored from the cache: after Start again ${restoredAfterStartAgain}, after the thank-you ${await wasRestoredFromBackForwardCache(page)}`,
  });
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
