// The privacy checks the kiosk journeys share: a response with words to look for afterwards, and
// "nothing of it is on the screen", whatever step the kiosk shows.
import { expect, type Page } from '@playwright/test';
import { expectBlankForm, kioskScreen, type KioskResponse } from './kiosk-screen';

export const someone = (words: string): KioskResponse => ({
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
export const expectNoTraceOf = async (page: Page, response: KioskResponse) => {
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
export const notePageshows = (page: Page) =>
  page.addInitScript(() => {
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) (window as unknown as { wasRestored: boolean }).wasRestored = true;
    });
  });

export const wasRestoredFromBackForwardCache = (page: Page) =>
  page.evaluate(() => (window as unknown as { wasRestored?: boolean }).wasRestored === true);

/**
 * A new history entry on the kiosk, so that Back has a kiosk page to go to. Going to the URL the
 * page is already on would replace the entry; `/` redirects to /kiosk inside a new one instead.
 */
export const newHistoryEntry = async (page: Page, baseUrl: string) => {
  await page.goto(`${baseUrl}/`);
  await expectBlankForm(page);
};
