// The capture screen as a person finds it: by role and accessible name.
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { unlock } from './tablet';

export const captureScreen = (page: Page) => {
  const notesHeading = page.getByRole('heading', { name: 'Notes on this tablet' });
  const notesSection = page.locator('section', { has: notesHeading });
  const themes = page.getByRole('group', { name: 'Themes' });
  const identifiers = page.getByRole('group', { name: 'Identifiers found' });
  return {
    kinds: page.getByRole('group', { name: 'Kind of note' }),
    kind: (name: string) => page.getByRole('group', { name: 'Kind of note' }).getByRole('radio', { name }),
    words: page.getByRole('textbox', { name: 'What was said or seen' }),
    identifiers,
    removeIdentifier: (name: string) => identifiers.getByRole('button', { name: `Remove ${name}` }),
    keepIdentifier: (name: string) => identifiers.getByRole('button', { name: `Keep ${name}` }),
    sentiment: (name: string) => page.getByRole('group', { name: 'Sentiment' }).getByRole('radio', { name }),
    themes,
    themeChip: (name: string) => themes.getByRole('button', { name: `Remove theme ${name}`, exact: true }),
    themeChips: themes.getByRole('button', { name: /^Remove theme / }),
    addTheme: page.getByRole('searchbox', { name: 'Add a theme' }),
    urgent: page.getByRole('checkbox', { name: 'Urgent', exact: true }),
    consent: page.getByRole('checkbox', { name: 'Patient agreed this can be shared word for word' }),
    area: (name: string) =>
      page.getByRole('group', { name: 'Where on the ward' }).getByRole('radio', { name }),
    role: page.getByRole('combobox', { name: 'Your role' }),
    save: page.getByRole('button', { name: 'Save', exact: true }),
    savedStatus: page.getByRole('status').filter({ hasText: 'Saved on this tablet' }),
    notesHeading,
    notes: notesSection.getByRole('listitem'),
  };
};

/** Types a note, saves it, and waits for the screen to confirm it is stored on the device. */
export async function saveNote(page: Page, text: string): Promise<void> {
  const screen = captureScreen(page);
  await screen.words.fill(text);
  await screen.save.click();
  await expect(screen.savedStatus).toBeVisible();
  await expect(screen.notes.filter({ hasText: text })).toHaveCount(1);
}

/**
 * Starts counting the person's taps and clicks on the page (trusted pointer presses only: what
 * the test does through the keyboard, or the page does itself, is not a tap).
 */
export async function startCountingTaps(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const counter = window as unknown as { wardsideTapCount: number };
    counter.wardsideTapCount = 0;
    document.addEventListener(
      'pointerdown',
      (event) => {
        if (event.isTrusted) counter.wardsideTapCount += 1;
      },
      { capture: true },
    );
  });
  return () => page.evaluate(() => (window as unknown as { wardsideTapCount: number }).wardsideTapCount);
}

/**
 * Cuts the network as a ward's Wi-Fi drops: the server stopped (the real test, since `setOffline`
 * does not cover the service worker's own requests), the context offline and `/api` refused; then
 * opens /capture in a new tab, which only the service worker can serve, and unlocks it. The service
 * worker must already control `page`'s origin (waitForServiceWorkerControl).
 */
export async function openCaptureOffline(
  context: BrowserContext,
  server: { url: string; stop: () => Promise<void> },
  pin: string,
): Promise<Page> {
  await server.stop();
  await context.setOffline(true);
  await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
  const tablet = await context.newPage();
  await tablet.goto(`${server.url}/capture`);
  await unlock(tablet, pin);
  return tablet;
}
