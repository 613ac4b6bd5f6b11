// Issue 4, points 4 and 6: a kiosk takes feedback with the server stopped, from a cold start with no
// network, shows what it will remove from the words before sending, and every response reaches the
// server exactly once when it is back, with the identifiers already gone.
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { goOffline, goOnline } from './support/kiosk-offline';
import {
  expectBlankForm,
  fillResponse,
  giveResponse,
  kioskScreen,
  sendFeedback,
  KIOSK_JOURNEY_TIMEOUT_MS,
} from './support/kiosk-screen';
import { quarantinedCount, storedFeedbackResponses } from './support/kiosk-server-records';
import { FFT_ANSWERS } from './support/kiosk-text';
import { waitForServiceWorkerControl } from './support/service-worker';

test.describe.configure({ timeout: KIOSK_JOURNEY_TIMEOUT_MS });

// 943 476 5919 is a valid NHS number (modulus 11) from NHS Digital's test range; 07700 900123 is in
// Ofcom's drama range. Neither belongs to anyone.
const nhsNumber = '943 476 5919';
const phoneNumber = '07700 900123';

/** An enrolled kiosk, controlled by its service worker, started again with the server stopped. */
const startKioskOffline = async (page: Page, server: Parameters<typeof goOffline>[1]) => {
  await waitForServiceWorkerControl(page);
  await expect(kioskScreen(page).heading).toBeVisible();
  await goOffline(page, server);
  // A reload with no server and no network: the app starts from the service worker's cache.
  await page.reload();
  await expect(kioskScreen(page).heading).toBeVisible();
};

test('a full response given offline reaches the server once, with the identifiers removed', async ({
  page,
  server,
  enrolKioskTablet,
}) => {
  await enrolKioskTablet(page);
  await startKioskOffline(page, server);

  const whatWasGood = `The nurses were kind. My NHS number is ${nhsNumber}, call me on ${phoneNumber}`;
  const expectedGood =
    'The nurses were kind. My NHS number is [NHS number removed], call me on [phone number removed]';
  const whatCouldBeBetter = 'Quieter nights on the ward';
  await fillResponse(page, {
    answer: 'Good',
    whatWasGood,
    whatCouldBeBetter,
    respondent: 'Carer or relative',
    assistedBy: 'Interpreter',
  });

  const screen = kioskScreen(page);
  // The preview sits under the textbox whose words hold identifiers, and only there.
  const previews = page.locator('.nhsuk-inset-text').filter({ hasText: 'We will remove' });
  await expect(previews).toHaveCount(1);
  const preview = previews.first();
  await expect(preview).toContainText('NHS number');
  await expect(preview).toContainText('phone number');
  await expect(preview).toContainText('Your words will be saved as:');
  await expect(preview).toContainText(expectedGood);
  await expect(preview).not.toContainText(nhsNumber);
  await expect(preview).not.toContainText(phoneNumber);

  await sendFeedback(page);
  await screen.startAgain.click();
  await expectBlankForm(page);
  expect(storedFeedbackResponses(server.dataDir), 'nothing can reach a stopped server').toEqual([]);

  await goOnline(page, server);
  await expect
    .poll(() => storedFeedbackResponses(server.dataDir).length, {
      message: 'the response reaches the server once it is back',
      timeout: 20_000,
    })
    .toBeGreaterThan(0);
  // Another sync after a reload must not send it again.
  const nextPush = page.waitForResponse((response) => response.url().includes('/api/'));
  await page.reload();
  await nextPush;

  const stored = storedFeedbackResponses(server.dataDir);
  expect(stored).toHaveLength(1);
  const [response] = stored;
  expect(response).toMatchObject({
    rating: 2,
    whatWasGood: expectedGood,
    whatCouldBeBetter,
    respondent: 'carer-or-relative',
    assistedBy: 'interpreter',
    language: 'en',
    modeOfCollection: 'electronic-discharge',
  });
  const digitsOnly = (text: string) => text.replace(/\D/g, '');
  expect(JSON.stringify(response)).not.toContain(digitsOnly(nhsNumber));
  expect(JSON.stringify(response)).not.toContain(nhsNumber);
  expect(JSON.stringify(response)).not.toContain(phoneNumber);
  expect(response?.redactions).toEqual(
    expect.arrayContaining([
      { kind: 'nhs-number', count: 1 },
      { kind: 'phone-number', count: 1 },
    ]),
  );
  expect(response?.redactions).toHaveLength(2);
  expect(quarantinedCount(server.dataDir)).toBe(0);
});

test('20 responses given offline all reach the server once it is back, each exactly once', async ({
  page,
  server,
  enrolKioskTablet,
}) => {
  test.setTimeout(180_000);
  await enrolKioskTablet(page);
  await startKioskOffline(page, server);

  const total = 20;
  const markerOf = (index: number) => `Offline response ${index + 1} of ${total}`;
  for (let index = 0; index < total; index += 1) {
    await giveResponse(page, {
      answer: FFT_ANSWERS[index % FFT_ANSWERS.length] ?? 'Good',
      whatCouldBeBetter: markerOf(index),
    });
  }
  expect(storedFeedbackResponses(server.dataDir)).toEqual([]);

  await goOnline(page, server);
  await expect
    .poll(() => storedFeedbackResponses(server.dataDir).length, {
      message: 'all 20 reach the server',
      timeout: 30_000,
    })
    .toBeGreaterThanOrEqual(total);

  const stored = storedFeedbackResponses(server.dataDir);
  expect(new Set(stored.map((response) => response.id)).size, 'one row per record id').toBe(stored.length);
  const markers = stored.map((response) => response.whatCouldBeBetter).sort();
  expect(markers, 'each response exactly once').toEqual(
    Array.from({ length: total }, (_, index) => markerOf(index)).sort(),
  );
  // Rating codes are 1 to 6 in FFT order; response n answered the ((n - 1) mod 6)th answer.
  const ratingOf = (marker: string) => ((Number(/\d+/.exec(marker)?.[0]) - 1) % FFT_ANSWERS.length) + 1;
  for (const response of stored) {
    expect(response.rating, response.whatCouldBeBetter).toBe(ratingOf(response.whatCouldBeBetter));
  }
  expect(quarantinedCount(server.dataDir)).toBe(0);
});
