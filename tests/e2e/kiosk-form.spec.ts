// Issue 4, point 1: the exact Friends and Family Test as NHS England words it, with the names a
// screen reader reads out, and the error a person sees when they send without an answer.
import { test, expect } from './support/fixtures';
import { kioskScreen, radio, KIOSK_JOURNEY_TIMEOUT_MS } from './support/kiosk-screen';
import { storedFeedbackResponses } from './support/kiosk-server-records';
import { ASSISTANTS, FFT_ANSWERS, FFT_QUESTION, RESPONDENTS } from './support/kiosk-text';

test.describe.configure({ timeout: KIOSK_JOURNEY_TIMEOUT_MS });

test('the kiosk asks the exact FFT question with its six answers, two textboxes and two radio groups', async ({
  page,
  server,
  ward,
  enrolKioskTablet,
}) => {
  await enrolKioskTablet(page);
  const screen = kioskScreen(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FFT_QUESTION);
  await expect(screen.question).toBeVisible();
  await expect(screen.answers).toHaveCount(FFT_ANSWERS.length);
  for (const [index, answer] of FFT_ANSWERS.entries()) {
    await expect(screen.answers.nth(index)).toHaveAccessibleName(answer);
    await expect(screen.answers.nth(index)).not.toBeChecked();
  }

  for (const textbox of [screen.whatWasGood, screen.whatCouldBeBetter]) {
    await expect(textbox).toBeVisible();
    await expect(textbox).toBeEditable();
    await expect(textbox).toHaveValue('');
    await expect(textbox).toHaveAttribute('autocomplete', 'off');
  }

  for (const [group, names] of [
    [screen.respondent, RESPONDENTS],
    [screen.assisted, ASSISTANTS],
  ] as const) {
    await expect(group).toBeVisible();
    const radios = group.getByRole('radio');
    await expect(radios).toHaveCount(names.length);
    for (const [index, name] of names.entries()) await expect(radios.nth(index)).toHaveAccessibleName(name);
  }
  await expect(screen.send).toBeVisible();

  // Nothing on the form asks who the person is.
  await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(2);

  // The anonymity line, with the default escalation text (the ward has none).
  await expect(page.getByText('Your feedback is anonymous. It is not a complaint.')).toBeVisible();
  await expect(
    page.getByText('If you have an urgent concern, please speak to a member of staff now.'),
  ).toBeVisible();

  // The polite live region is in the page from the first paint, so that putting "Thank you" in it
  // later is announced: mark the one there now, and look for the mark after sending.
  const liveRegions = page.getByRole('status');
  await expect(liveRegions).not.toHaveCount(0);
  for (const region of await liveRegions.all()) {
    await region.evaluate((element) => element.setAttribute('data-test-first-paint', ''));
  }

  // Sending with no answer: an NHS.UK error summary linked to the first answer, and no thank-you.
  await screen.send.click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  const link = page.getByRole('link', { name: 'Choose an answer to the question' });
  await expect(link).toBeVisible();
  const firstAnswerId = await radio(screen.question, 'Very good').getAttribute('id');
  expect(firstAnswerId, 'the first answer has an id to link to').toBeTruthy();
  await expect(link).toHaveAttribute('href', `#${firstAnswerId}`);
  await expect(screen.thankYouHeading).toHaveCount(0);

  await radio(screen.question, 'Very good').check();
  await screen.send.click();
  await expect(screen.thankYouHeading).toBeVisible();
  await expect(page.locator('[data-test-first-paint]').filter({ hasText: 'Thank you' })).toHaveCount(1);
  await expect(page.getByText('Your feedback is anonymous. It is not a complaint.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'You said, we did' })).toBeVisible();
  await expect(
    page.getByText('Our ward team will share here what they change because of feedback.'),
  ).toBeVisible();

  // Online, the one response reaches the server soon, with the kiosk's language and mode.
  await expect.poll(() => storedFeedbackResponses(server.dataDir).length, { timeout: 15_000 }).toBe(1);
  expect(storedFeedbackResponses(server.dataDir)[0]).toMatchObject({
    rating: 1,
    whatWasGood: '',
    whatCouldBeBetter: '',
    language: 'en',
    modeOfCollection: 'electronic-discharge',
    wardId: ward.id,
  });
});
