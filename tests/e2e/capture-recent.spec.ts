// Issue 5 point 5: recent entries. With the server stopped, a person saves three notes on the
// tablet, finds one by a word, narrows the list to urgent notes, and clears the filters; the count
// is a polite status, and the typed words never reach the page's URL.
import { test, expect } from './support/fixtures';
import { captureScreen, openCaptureOffline, saveNote } from './support/capture-screen';
import { waitForServiceWorkerControl } from './support/service-worker';

test.slow();

test('searches, filters by urgent and clears, offline', async ({
  context,
  page,
  server,
  ward,
  enrolStaffTablet,
}) => {
  await enrolStaffTablet(page);
  await expect(captureScreen(page).words).toBeVisible();
  await waitForServiceWorkerControl(page);

  const tablet = await openCaptureOffline(context, server, ward.pin);
  const screen = captureScreen(tablet);

  await saveNote(tablet, 'The porter was cheerful and gentle');
  await screen.urgent.check();
  await saveNote(tablet, 'Call bell not answered for twenty minutes');
  await saveNote(tablet, 'Tea came cold to bay 4');

  const recent = tablet.getByRole('region', { name: 'Notes on this tablet' });
  const status = recent.getByRole('status');
  const rows = recent.getByRole('list', { name: 'Notes, newest first' }).getByRole('listitem');
  await expect(status).toHaveText('3 notes on this tablet, newest first.');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('Tea came cold to bay 4');
  await expect(rows.first()).toContainText('Waiting to send');

  await recent.getByRole('searchbox', { name: 'Search notes' }).fill('chee');
  await expect(status).toHaveText('1 matching note.');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('The porter was cheerful and gentle');
  expect(tablet.url()).not.toContain('chee');

  await recent.getByRole('searchbox', { name: 'Search notes' }).fill('');
  await recent.getByRole('checkbox', { name: 'Urgent only' }).check();
  await expect(status).toHaveText('1 matching note.');
  await expect(rows.first()).toContainText('Call bell not answered for twenty minutes');
  await expect(rows.first()).toContainText('Urgent');

  await recent.getByRole('searchbox', { name: 'Search notes' }).fill('porter');
  await expect(status).toHaveText('No notes match your search and filters.');
  await expect(rows).toHaveCount(0);

  await recent.getByRole('button', { name: 'Clear filters' }).click();
  await expect(status).toHaveText('3 notes on this tablet, newest first.');
  await expect(recent.getByRole('searchbox', { name: 'Search notes' })).toHaveValue('');
  await expect(rows).toHaveCount(3);

  // Keyboard: Tab reaches the first row; the arrow keys move along the list.
  await rows.first().focus();
  await tablet.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await expect(rows.nth(1)).toHaveAttribute('aria-posinset', '2');
  await expect(rows.nth(1)).toHaveAttribute('aria-setsize', '3');
});
