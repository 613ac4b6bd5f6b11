// Issue 5 point 4: corrections without loss (SPEC NOTE-1, NOTE-2). A note is saved and sent; with the
// server stopped it is edited (the list shows only the new words, the history both versions) and then
// deleted with a reason (it leaves the list, and the history kept on screen says why). Once the
// server is back it holds both versions and the tombstone: nothing was changed or removed. axe-core
// checks the history open and the delete form, with and without its error. A note whose 24 hours run
// out while it is edited keeps the words typed and saves them as a new note (axe checks the warning).
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { axeViolations, describeViolations } from './support/axe';
import { captureScreen, saveNote } from './support/capture-screen';
import { waitForServiceWorkerControl } from './support/service-worker';
import { lockScreen, unlock } from './support/tablet';

// axe-core is injected as a script tag, which the app's strict CSP rightly blocks: bypassing CSP in
// this test's browser context only (security-headers.spec.ts checks the CSP itself).
test.use({ bypassCSP: true });

// Enrolling, a server stop and start, and four axe runs: longer than the default minute here.
test.slow();

/** How many records of each type the server holds for the ward, read from its SQLite file. */
const serverRecordCounts = (dataDir: string, wardId: string): Record<string, number> => {
  const db = new BetterSqlite3(join(dataDir, 'wardside.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare('select record_type, count(*) as count from records where ward_id = ? group by record_type')
      .all(wardId) as { record_type: string; count: number }[];
    return Object.fromEntries(rows.map((row) => [row.record_type, row.count]));
  } finally {
    db.close();
  }
};

const expectNoViolations = async (page: Page) => {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
};

const firstWords = 'Patient said the night staff were kind';
const correctedWords = 'Patient said the night staff were kind and quick to help';

test('edits and deletes a note offline, keeping every version, and the server gets them all', async ({
  page,
  server,
  ward,
  enrolStaffTablet,
}) => {
  await enrolStaffTablet(page);
  const screen = captureScreen(page);
  await expect(screen.words).toBeVisible();
  // The app shell is cached before the server stops; a reload to get there locks the staff screens.
  await waitForServiceWorkerControl(page);
  await expect(screen.words.or(lockScreen(page).pin)).toBeVisible();
  if (await lockScreen(page).pin.isVisible()) await unlock(page, ward.pin);
  const recent = page.getByRole('region', { name: 'Notes on this tablet' });
  const list = recent.getByRole('list', { name: 'Notes, newest first' });
  const rows = list.locator(':scope > li');

  await saveNote(page, firstWords);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(rows.first()).toContainText('Sent', { timeout: 20_000 });

  await server.stop();

  // Edit: the form holds the note's words; saving makes a new version.
  await rows.first().getByRole('button', { name: 'Edit this note' }).click();
  await expect(page.getByRole('heading', { name: 'Edit note' })).toBeFocused();
  await expect(screen.words).toHaveValue(firstWords);
  await screen.words.fill(correctedWords);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    page.getByText('Changes saved on this tablet. The earlier version is kept in the history.'),
  ).toBeVisible();

  // The list shows only the new words; the history both versions, newest first.
  await expect(rows).toHaveCount(1);
  // The row's own words (its history, once drawn, holds them too).
  await expect(rows.first().locator('.app-recent-note__text')).toHaveText(correctedWords);
  await expect(recent.getByText(firstWords, { exact: true })).toBeHidden();
  await rows.first().getByText('History (2 versions)').click();
  const versions = rows.first().getByRole('list', { name: 'Versions, newest first' }).getByRole('listitem');
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText(correctedWords);
  await expect(versions.nth(0)).toContainText('Current version');
  await expect(versions.nth(1)).toContainText(firstWords);
  await expectNoViolations(page);

  // Delete: a reason is required, then the note leaves the list.
  await rows.first().getByRole('button', { name: 'Delete this note' }).click();
  const reason = page.getByRole('textbox', { name: 'Why are you deleting this note?' });
  await expect(reason).toBeFocused();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Delete note' }).click();
  await expect(page.getByText('Enter why you are deleting this note')).toBeVisible();
  await expectNoViolations(page);
  await reason.fill('About the wrong patient');
  await page.getByRole('button', { name: 'Delete note' }).click();

  // Only the sentence is announced; the history sits beside it in the same inset box.
  const announcement = page.getByRole('status').filter({ hasText: 'Note deleted.' });
  await expect(announcement).toBeVisible();
  await expect(announcement).not.toContainText('History');
  const notice = page.locator('.nhsuk-inset-text').filter({ has: announcement });
  await expect(rows).toHaveCount(0);
  // A note was stored, so the list does not say "No notes yet".
  await expect(recent.getByRole('status')).toHaveText(
    'No current notes. Deleted and replaced notes are not shown.',
  );
  await expect(page.getByText('History, deleted (2 versions)')).toHaveCount(1);
  await notice.getByText('History, deleted (2 versions)').click();
  await expect(notice).toContainText('Reason: About the wrong patient');
  await expect(
    notice.getByRole('list', { name: 'Versions, newest first' }).getByRole('listitem'),
  ).toHaveCount(2);
  await expectNoViolations(page);

  // The server comes back: it gets the correction and the tombstone, and still has the first note.
  await server.start();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect
    .poll(() => serverRecordCounts(server.dataDir, ward.id), { timeout: 20_000 })
    .toEqual({ note: 2, noteDeletion: 1 });
});

test('the 24 hours to edit run out while a note is edited: every word stays, saved as a new note', async ({
  page,
  server,
  ward,
  enrolStaffTablet,
}) => {
  // The page's clock and timers, from the first load, so the test can move a day on.
  await page.clock.install();
  await enrolStaffTablet(page);
  const screen = captureScreen(page);
  const rows = page
    .getByRole('region', { name: 'Notes on this tablet' })
    .getByRole('list', { name: 'Notes, newest first' })
    .locator(':scope > li');
  await saveNote(page, firstWords);
  // Offline from here: the new note is not what this journey is about.
  await server.stop();

  await rows.first().getByRole('button', { name: 'Edit this note' }).click();
  await expect(page.getByRole('heading', { name: 'Edit note' })).toBeFocused();
  await screen.words.fill(correctedWords);
  await screen.sentiment('Positive').check();

  // A day later: the staff screens locked while idle, and the PIN brings the form back as it was.
  await page.clock.fastForward('24:00:00');
  const warning = page.getByRole('heading', { name: /This note can no longer be changed/ });
  await expect(warning.or(lockScreen(page).pin)).toBeVisible();
  if (await lockScreen(page).pin.isVisible()) await unlock(page, ward.pin);
  await expect(warning).toBeVisible();
  await expect(page.getByRole('status').filter({ has: warning })).toContainText(
    'Notes can be edited for 24 hours after they are captured, and that time has passed.',
  );
  await expect(screen.words).toHaveValue(correctedWords);
  await expect(screen.sentiment('Positive')).toBeChecked();
  await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole('button', { name: 'Save as a new note' }).click();
  await expect(
    page.getByText('Saved as a new note on this tablet. The earlier note is unchanged.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Edit note' })).toHaveCount(0);
  await expect(screen.words).toHaveValue('');
  // Both notes are current: the new one supersedes nothing, so neither has a history.
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).locator('.app-recent-note__text')).toHaveText(correctedWords);
  await expect(rows.nth(1).locator('.app-recent-note__text')).toHaveText(firstWords);
  await expect(page.getByText(/^History \(/)).toHaveCount(0);
});
