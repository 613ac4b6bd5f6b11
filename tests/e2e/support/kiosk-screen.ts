// The kiosk as a person finds it: by role and accessible name, in the language it shows.
import { expect, type Locator, type Page } from '@playwright/test';
import {
  FFT_ANSWERS,
  kioskWords,
  type Assistant,
  type FftAnswer,
  type KioskLanguageCode,
  type Respondent,
} from './kiosk-text';

/**
 * Time for one kiosk journey. Before its first step each one starts a server, runs the admin CLI
 * three times and enrols a tablet, which alone can take 20 s on a busy two-core machine; the
 * config's 60 s left too little for the longer journeys there. A passing run never waits for it.
 */
export const KIOSK_JOURNEY_TIMEOUT_MS = 120_000;

/** A fieldset of radios is a `group`; with role="radiogroup" it is that. Either is fine. */
const radioGroup = (scope: Page | Locator, name: string) =>
  scope
    .getByRole('radiogroup', { name, exact: true })
    .or(scope.getByRole('group', { name, exact: true }))
    .first();

export const kioskScreen = (page: Page, language: KioskLanguageCode = 'en') => {
  const words = kioskWords(language);
  const settingsLabel = words.kiosk('settingsLabel');
  const settings = page
    .getByRole('navigation', { name: settingsLabel, exact: true })
    .or(page.getByRole('region', { name: settingsLabel, exact: true }))
    .first();
  const question = radioGroup(page, words.kiosk('question'));
  const respondent = radioGroup(page, words.kiosk('whoIsAnswering'));
  const assisted = radioGroup(page, words.kiosk('didAnyoneHelp'));
  const staffStepPin = page.getByLabel(words.kiosk('staffPin'), { exact: true });
  return {
    words,
    settings,
    // The label starts "Language" in every language ("Language / Iaith"): found by that, whatever
    // the language now shown, so a test can always get back.
    language: page.getByRole('combobox', { name: /^Language/ }),
    easyRead: settings.getByRole('button', { name: words.display('easyRead'), exact: true }),
    textSize: radioGroup(settings, words.display('textSize')),
    highContrast: settings.getByRole('button', { name: words.display('highContrast'), exact: true }),
    staff: settings.getByRole('button', { name: words.kiosk('staff'), exact: true }),

    heading: page.getByRole('heading', { level: 1, name: words.kiosk('question'), exact: true }),
    question,
    answers: question.getByRole('radio'),
    whatWasGood: page.getByRole('textbox', { name: words.kiosk('whatWasGood'), exact: true }),
    whatCouldBeBetter: page.getByRole('textbox', { name: words.kiosk('whatCouldBeBetter'), exact: true }),
    respondent,
    assisted,
    send: page.getByRole('button', { name: words.kiosk('send'), exact: true }),

    thankYouHeading: page.getByRole('heading', { level: 1, name: words.kiosk('thankYou'), exact: true }),
    startAgain: page.getByRole('button', { name: words.kiosk('startAgain'), exact: true }),

    stillThere: page.getByRole('alertdialog', { name: words.kiosk('stillThere'), exact: true }),
    stillHere: page.getByRole('button', { name: words.kiosk('stillHere'), exact: true }),

    staffHeading: page.getByRole('heading', { level: 1, name: words.kiosk('staff'), exact: true }),
    staffPin: staffStepPin,
    unlock: page.getByRole('button', { name: words.kiosk('unlock'), exact: true }),
    backToFeedback: page.getByRole('button', { name: words.kiosk('backToFeedback'), exact: true }),
    staffOptionsHeading: page.getByRole('heading', { level: 1, name: 'Staff options', exact: true }),
    returnToFeedback: page.getByRole('button', { name: 'Return to feedback', exact: true }),
  };
};

export type KioskScreen = ReturnType<typeof kioskScreen>;

/** The radio for `name` inside `group` (names repeat across groups: "Carer or relative", "Staff"). */
export const radio = (group: Locator, name: string) => group.getByRole('radio', { name, exact: true });

export type KioskResponse = {
  answer: FftAnswer;
  whatWasGood?: string;
  whatCouldBeBetter?: string;
  respondent?: Respondent;
  assistedBy?: Assistant;
};

/** Fills the English form as a person would: taps an answer, types, taps who and whether helped. */
export async function fillResponse(page: Page, response: KioskResponse): Promise<void> {
  const screen = kioskScreen(page);
  await radio(screen.question, response.answer).check();
  if (response.whatWasGood !== undefined) await screen.whatWasGood.fill(response.whatWasGood);
  if (response.whatCouldBeBetter !== undefined) {
    await screen.whatCouldBeBetter.fill(response.whatCouldBeBetter);
  }
  if (response.respondent !== undefined) await radio(screen.respondent, response.respondent).check();
  if (response.assistedBy !== undefined) await radio(screen.assisted, response.assistedBy).check();
}

/** Sends the form and waits for the thank-you step (heading and the polite announcement). */
export async function sendFeedback(page: Page, language: KioskLanguageCode = 'en'): Promise<void> {
  const screen = kioskScreen(page, language);
  await screen.send.click();
  await expect(screen.thankYouHeading).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: screen.words.kiosk('thankYou') })).toHaveCount(1);
}

/** Fills, sends and taps "Start again", ending on a blank question. */
export async function giveResponse(page: Page, response: KioskResponse): Promise<void> {
  await fillResponse(page, response);
  await sendFeedback(page);
  const screen = kioskScreen(page);
  await screen.startAgain.click();
  await expect(screen.heading).toBeVisible();
}

/**
 * The question step with nothing in it: no answer, who or helper chosen and both textboxes empty.
 * Checked on every radio and textbox of the page too, so a stray copy of the form would show.
 */
export async function expectBlankForm(page: Page): Promise<void> {
  const screen = kioskScreen(page);
  await expect(screen.heading).toBeVisible();
  await expect(screen.answers).toHaveCount(FFT_ANSWERS.length);
  for (const group of [screen.question, screen.respondent, screen.assisted]) {
    await expect(group.getByRole('radio', { checked: true })).toHaveCount(0);
  }
  await expect(screen.whatWasGood).toHaveValue('');
  await expect(screen.whatCouldBeBetter).toHaveValue('');
  const main = page.getByRole('main');
  for (const textbox of await main.getByRole('textbox').all()) await expect(textbox).toHaveValue('');
}

/** Back to defaults after a reset: English, left to right, standard text, no modes on. */
export async function expectDefaultSettings(page: Page): Promise<void> {
  const screen = kioskScreen(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(screen.language).toHaveValue('en');
  await expect(screen.easyRead).toHaveAttribute('aria-pressed', 'false');
  await expect(screen.highContrast).toHaveAttribute('aria-pressed', 'false');
  await expect(radio(screen.textSize, 'Standard')).toBeChecked();
}

/** Chooses a language in the settings bar and waits for `<html lang dir>` to follow. */
export async function chooseLanguage(page: Page, code: KioskLanguageCode): Promise<KioskScreen> {
  await kioskScreen(page).language.selectOption(code);
  const direction = code === 'ur' || code === 'ar' ? 'rtl' : 'ltr';
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await expect(page.locator('html')).toHaveAttribute('dir', direction);
  const screen = kioskScreen(page, code);
  await expect(screen.heading.or(screen.thankYouHeading).or(screen.staffHeading).first()).toBeVisible();
  return screen;
}
