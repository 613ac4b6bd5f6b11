// Issue 4, point 3, with the back/forward cache: a kiosk page frozen when someone navigates away
// and restored by Back must not show the answers it held (typed but unsent, on the thank-you, or
// after "Start again").
import { chromiumLaunchOptions } from './support/chromium-launch-options';
import { test } from './support/fixtures';
import {
  expectBlankForm,
  fillResponse,
  kioskScreen,
  sendFeedback,
  type KioskResponse,
  KIOSK_JOURNEY_TIMEOUT_MS,
} from './support/kiosk-screen';
import {
  expectNoTraceOf,
  newHistoryEntry,
  notePageshows,
  someone,
  wasRestoredFromBackForwardCache,
} from './support/kiosk-privacy';

test.describe.configure({ timeout: KIOSK_JOURNEY_TIMEOUT_MS });

// Playwright starts Chromium with the back/forward cache off (--disable-back-forward-cache); a
// ward's tablet has it on, so these journeys turn it back on. A page restored from the cache fires
// no load event, so Back waits only for the navigation to commit. Whether the page really came
// from the cache is noted on the test (the page may be ineligible, which would also keep answers
// out of it): it is checked in the report rather than failed on.
test.use({
  launchOptions: { ...chromiumLaunchOptions(), ignoreDefaultArgs: ['--disable-back-forward-cache'] },
});

test('a trip away and back never shows the previous answers', async ({ page, server, enrolKioskTablet }) => {
  await notePageshows(page);
  await enrolKioskTablet(page);
  const screen = kioskScreen(page);
  const restored: string[] = [];
  const awayAndBack = async (away: string, response: KioskResponse, when: string) => {
    await page.goto(away);
    await page.goBack({ waitUntil: 'commit' });
    await expectNoTraceOf(page, response);
    if (await wasRestoredFromBackForwardCache(page)) restored.push(when);
  };

  // Answers typed but not sent, then away to another site: the frozen page must not keep them.
  await newHistoryEntry(page, server.url);
  const first = someone('First person');
  await fillResponse(page, first);
  await awayAndBack('about:blank', first, 'with unsent answers');

  // While the thank-you shows.
  await newHistoryEntry(page, server.url);
  const second = someone('Second person');
  await fillResponse(page, second);
  await sendFeedback(page);
  await awayAndBack('about:blank', second, 'from the thank-you');

  // After "Start again", to another URL of the app (which redirects to /kiosk) and back.
  await newHistoryEntry(page, server.url);
  const third = someone('Third person');
  await fillResponse(page, third);
  await sendFeedback(page);
  await screen.startAgain.click();
  await expectBlankForm(page);
  await awayAndBack(`${server.url}/board`, third, 'after Start again');

  test.info().annotations.push({
    type: 'back/forward cache',
    description: `restored from the cache: ${restored.join(', ') || 'never'}`,
  });
});
