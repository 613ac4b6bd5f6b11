// Issue 4, point 5: the kiosk in seven languages, right to left for Urdu and Arabic, back to English
// for the next person; easy read with a picture beside each answer; three text sizes and high
// contrast, which change the kiosk's root class and what it looks like.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import {
  chooseLanguage,
  expectDefaultSettings,
  kioskScreen,
  radio,
  KIOSK_JOURNEY_TIMEOUT_MS,
} from './support/kiosk-screen';
import { storedFeedbackResponses } from './support/kiosk-server-records';
import { ENGLISH, FFT_ANSWERS, FFT_QUESTION, KIOSK_LANGUAGES, kioskText } from './support/kiosk-text';

test.describe.configure({ timeout: KIOSK_JOURNEY_TIMEOUT_MS });

const arabicScript = /[\u0600-\u06ff]/;

test('Arabic and Urdu turn the page right to left in their own words; the next person gets English', async ({
  page,
  server,
  enrolKioskTablet,
}) => {
  await enrolKioskTablet(page);
  const screen = kioskScreen(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Each language is listed by its own name, in its own script.
  await expect(screen.language.locator('option')).toHaveText(KIOSK_LANGUAGES.map(({ name }) => name));
  const values = await screen.language
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(values).toEqual(KIOSK_LANGUAGES.map(({ code }) => code));

  for (const code of ['ar', 'ur'] as const) {
    const translated = await chooseLanguage(page, code);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(kioskText(code, 'kiosk', 'question'));
    await expect(heading).toHaveText(arabicScript);
    await expect(heading).not.toHaveText(FFT_QUESTION);
    await expect(translated.language).toHaveAccessibleName(
      `Language / ${kioskText(code, 'kioskDisplay', 'language')}`,
    );
    await expect(translated.send).toBeVisible();
    await expect(translated.staff).toBeVisible();
  }

  // A Welsh speaker's label shows their own word for language too.
  await chooseLanguage(page, 'cy');
  await expect(screen.language).toHaveAccessibleName(
    `Language / ${kioskText('cy', 'kioskDisplay', 'language')}`,
  );

  // An answer given in Urdu is saved as Urdu; after it the kiosk is English again.
  const urdu = await chooseLanguage(page, 'ur');
  await urdu.answers.first().check();
  await urdu.send.click();
  await expect(urdu.thankYouHeading).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await urdu.startAgain.click();
  await expect(screen.heading).toBeVisible();
  await expectDefaultSettings(page);
  await expect
    .poll(() => storedFeedbackResponses(server.dataDir).map((response) => response.language), {
      timeout: 15_000,
    })
    .toEqual(['ur']);
});

/** Class attributes from the question heading up to `<html>`: the kiosk's root is among them. */
const ancestorClasses = (heading: Locator) =>
  heading.evaluate((element) => {
    const classes: string[] = [];
    for (let node: Element | null = element; node !== null; node = node.parentElement) {
      classes.push(`${node.tagName}.${node.className}`);
    }
    return classes.join(' < ');
  });

const fontSizeOf = (locator: Locator) =>
  locator.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));

/** The colours a person sees on the question, its answers and the page behind them. */
const coloursOf = (page: Page) =>
  page.evaluate(() => {
    const heading = document.querySelector('h1');
    const label = document.querySelector('main label');
    const parts = [heading, label, document.querySelector('main'), document.body];
    return parts.map((element) =>
      element === null
        ? 'missing'
        : `${getComputedStyle(element).color} on ${getComputedStyle(element).backgroundColor}`,
    );
  });

test('easy read puts a picture beside each answer; text size and high contrast change the kiosk', async ({
  page,
  enrolKioskTablet,
}) => {
  await enrolKioskTablet(page);
  const screen = kioskScreen(page);
  await expectDefaultSettings(page);

  // Easy read: a picture beside every answer and short sentences, with the same accessible names.
  const shortSentence = 'Tell us how your time on the ward was.';
  await expect(page.getByText(shortSentence)).toHaveCount(0);
  const classesBefore = await ancestorClasses(screen.heading);
  await screen.easyRead.click();
  await expect(screen.easyRead).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(shortSentence)).toBeVisible();
  await expect(page.getByText('Pick one face.')).toBeVisible();
  for (const answer of FFT_ANSWERS) {
    // The radio's own row (NHS.UK puts the input and its label side by side in one item).
    const row = radio(screen.question, answer).locator('xpath=..');
    await expect(row.locator('svg'), `a picture beside "${answer}"`).toHaveCount(1);
    await expect(row.locator('svg')).toBeVisible();
    await expect(radio(screen.question, answer)).toHaveAccessibleName(answer);
  }
  await expect(screen.heading).toBeVisible();
  expect(await ancestorClasses(screen.heading), 'easy read changes the root class').not.toBe(classesBefore);
  await screen.easyRead.click();
  await expect(screen.easyRead).toHaveAttribute('aria-pressed', 'false');
  await expect(radio(screen.question, FFT_ANSWERS[0]).locator('xpath=..').locator('svg')).toHaveCount(0);

  // Text size: each step up makes the question and the answers larger.
  const answerLabel = page.locator('main label', { hasText: FFT_ANSWERS[0] }).first();
  const sizes: { heading: number; answer: number; classes: string }[] = [];
  for (const size of [
    ENGLISH.kioskDisplay.textSizeStandard,
    ENGLISH.kioskDisplay.textSizeLarge,
    ENGLISH.kioskDisplay.textSizeLargest,
  ]) {
    await radio(screen.textSize, size).check();
    await expect(radio(screen.textSize, size)).toBeChecked();
    sizes.push({
      heading: await fontSizeOf(screen.heading),
      answer: await fontSizeOf(answerLabel),
      classes: await ancestorClasses(screen.heading),
    });
  }
  const [standard, large, largest] = sizes;
  expect(large?.classes, 'Large changes the root class').not.toBe(standard?.classes);
  expect(largest?.classes, 'Largest changes the root class').not.toBe(large?.classes);
  expect(large?.answer, 'answers: Large > Standard').toBeGreaterThan(standard?.answer ?? Infinity);
  expect(largest?.answer, 'answers: Largest > Large').toBeGreaterThan(large?.answer ?? Infinity);
  expect(largest?.heading, 'question: Largest > Standard').toBeGreaterThan(standard?.heading ?? Infinity);

  // High contrast: the root class and the colours change.
  await radio(screen.textSize, ENGLISH.kioskDisplay.textSizeStandard).check();
  const coloursBefore = await coloursOf(page);
  const classesBeforeContrast = await ancestorClasses(screen.heading);
  await screen.highContrast.click();
  await expect(screen.highContrast).toHaveAttribute('aria-pressed', 'true');
  expect(await ancestorClasses(screen.heading), 'high contrast changes the root class').not.toBe(
    classesBeforeContrast,
  );
  expect(await coloursOf(page), 'high contrast changes the colours').not.toEqual(coloursBefore);
});
