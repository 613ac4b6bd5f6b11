// Issue 4, point 5: keyboard and switch access. A person who cannot use a touch screen answers and
// sends the whole form with Tab, Space, the arrow keys and Enter, and can always see where focus is.
import { test, expect } from './support/fixtures';
import { createFocusWatcher, tabTo } from './support/kiosk-keyboard';
import { expectBlankForm, kioskScreen, radio, KIOSK_JOURNEY_TIMEOUT_MS } from './support/kiosk-screen';
import { storedFeedbackResponses } from './support/kiosk-server-records';

test.describe.configure({ timeout: KIOSK_JOURNEY_TIMEOUT_MS });

test('the whole form is answered and sent with the keyboard alone, focus always visible', async ({
  page,
  server,
  enrolKioskTablet,
}) => {
  await enrolKioskTablet(page);
  // A fresh load, so focus starts at the top of the page as it does for the next person.
  await page.goto(`${server.url}/kiosk`);
  const screen = kioskScreen(page);
  await expect(screen.heading).toBeVisible();
  const keys = createFocusWatcher(page);

  // Every control on the page once round, each with a focus indicator.
  const seen = new Set<string>();
  for (let presses = 0; presses < 60; presses += 1) {
    await keys.tab();
    const last = keys.visited().at(-1);
    if (last === undefined || seen.has(last)) break;
    seen.add(last);
  }
  expect(seen.size, 'Tab reaches the controls').toBeGreaterThanOrEqual(8);

  // Settings by keyboard: a toggle with Space, and the staff step and back with Enter.
  await tabTo(keys, screen.easyRead);
  await keys.press('Space');
  await expect(screen.easyRead).toHaveAttribute('aria-pressed', 'true');
  await keys.press('Space');
  await expect(screen.easyRead).toHaveAttribute('aria-pressed', 'false');
  await tabTo(keys, screen.staff);
  await keys.press('Enter');
  await expect(screen.staffHeading).toBeVisible();
  await tabTo(keys, screen.backToFeedback);
  await keys.press('Enter');
  await expect(screen.heading).toBeVisible();

  // The answer: Tab into the group, Space picks the first, an arrow moves to the next.
  await tabTo(keys, screen.question);
  await keys.press('Space');
  await expect(radio(screen.question, 'Very good')).toBeChecked();
  await keys.press('ArrowDown');
  await expect(radio(screen.question, 'Good')).toBeChecked();
  await expect(radio(screen.question, 'Very good')).not.toBeChecked();

  await tabTo(keys, screen.whatWasGood);
  await page.keyboard.type('Typed with a switch: the staff explained everything');
  await tabTo(keys, screen.whatCouldBeBetter);
  await page.keyboard.type('Typed with a switch: more chairs for visitors');

  await tabTo(keys, screen.respondent);
  await keys.press('Space');
  await expect(radio(screen.respondent, 'Patient')).toBeChecked();
  await keys.press('ArrowDown');
  await keys.press('ArrowDown');
  await expect(radio(screen.respondent, 'Visitor')).toBeChecked();

  await tabTo(keys, screen.assisted);
  await keys.press('Space');
  await expect(radio(screen.assisted, 'No')).toBeChecked();
  await keys.press('ArrowDown');
  await expect(radio(screen.assisted, 'Staff')).toBeChecked();

  await tabTo(keys, screen.send);
  await keys.press('Enter');
  await expect(screen.thankYouHeading).toBeVisible();
  await tabTo(keys, screen.startAgain);
  await keys.press('Enter');
  await expectBlankForm(page);

  expect(keys.invisible(), 'focused elements that looked the same as unfocused').toEqual([]);

  await expect.poll(() => storedFeedbackResponses(server.dataDir).length, { timeout: 15_000 }).toBe(1);
  expect(storedFeedbackResponses(server.dataDir)[0]).toMatchObject({
    rating: 2,
    whatWasGood: 'Typed with a switch: the staff explained everything',
    whatCouldBeBetter: 'Typed with a switch: more chairs for visitors',
    respondent: 'visitor',
    assistedBy: 'staff',
  });
});
