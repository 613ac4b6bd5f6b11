// Issue 5 points 1, 3 and 7: with the server stopped, a trained person captures a comment on one
// screen in four taps plus typing (kind and role remembered from their last note; an NHS number
// typed by mistake removed with one tap; sentiment and a theme suggested on the tablet, another
// theme added by search), and the note is stored on the tablet redacted, with its themes. An urgent note shows the ward's escalation route, and a staff
// name kept with a reason reaches the server, once it is back, with the reason and not the name.
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { noteSchema, type Note } from '../../src/domain/notes/note';
import { test, expect } from './support/fixtures';
import { captureScreen, openCaptureOffline, saveNote, startCountingTaps } from './support/capture-screen';
import { waitForServiceWorkerControl } from './support/service-worker';
import { runAdmin } from './support/ward-admin';

/** Every note the server has stored, read from its SQLite file and parsed with the domain schema. */
const serverNotes = (dataDir: string): Note[] => {
  const db = new BetterSqlite3(join(dataDir, 'wardside.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("select body from records where record_type = 'note' order by seq").all() as {
      body: string;
    }[];
    return rows.map((row) => noteSchema.parse(JSON.parse(row.body)));
  } finally {
    db.close();
  }
};

/** An NHS number that passes the modulus 11 check (the redactor's own README example). */
const nhsNumber = '943 476 5919';
const comment = `Daughter said the food was cold again, NHS ${nhsNumber}`;
const savedText = 'Daughter said the food was cold again, NHS [NHS number removed]';

// Each journey waits for the service worker, stops the server and captures in a second tab: on a
// busy two-core machine that takes longer than the default minute.
test.slow();

test('captures a redacted, themed note offline in four taps plus typing', async ({
  context,
  page,
  server,
  ward,
  enrolStaffTablet,
}) => {
  await runAdmin(server.dataDir, ['ward', 'escalation', ward.id, 'bleep the nurse in charge on 2345.']);
  await enrolStaffTablet(page);
  await expect(captureScreen(page).words).toBeVisible();
  await waitForServiceWorkerControl(page);

  const tablet = await openCaptureOffline(context, server, ward.pin);
  const screen = captureScreen(tablet);

  // Their first note on this tablet: they choose the kind and their role once.
  await screen.kind('Relative or carer comment').click();
  await screen.role.selectOption('HCA');
  await saveNote(tablet, 'Son asked when visiting starts');

  // The next note, counted: kind and role are remembered, so they are not tapped again.
  const tapCount = await startCountingTaps(tablet);
  await expect(screen.kind('Relative or carer comment')).toBeChecked();
  await screen.words.click();
  await tablet.keyboard.type(comment);
  await expect(screen.identifiers).toContainText(`NHS number: ${nhsNumber}`);
  await screen.removeIdentifier(`NHS number ${nhsNumber}`).click();
  await expect(screen.words).toHaveValue(savedText);
  await expect(screen.identifiers).toBeHidden();
  // Sentiment and the food theme suggest themselves from the words; one more theme is added by search.
  await expect(screen.themeChip('Food & drink provision & facilities')).toBeVisible();
  await expect(screen.sentiment('Negative')).toBeChecked();
  await screen.addTheme.click();
  await tablet.keyboard.type('staffing');
  await tablet.keyboard.press('Enter');
  await expect(screen.themeChip('Staffing levels & responsiveness')).toBeVisible();
  await screen.save.click();
  await expect(screen.savedStatus).toBeVisible();

  expect(await tapCount(), 'taps for one note, typing aside').toBe(4);
  await expect(screen.notes.first()).toContainText(savedText);
  await expect(screen.notes.first()).toContainText('Waiting to send');
  await expect(screen.words).toHaveValue('');
  await expect(screen.themeChips).toHaveCount(0);

  // The note as the tablet stored it (read back from IndexedDB), without the NHS number anywhere.
  const stored = await tablet.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = indexedDB.open('wardside');
        request.onerror = () => reject(new Error('the database did not open'));
        request.onsuccess = () => {
          const read = request.result.transaction('notes').objectStore('notes').getAll();
          read.onsuccess = () => resolve(read.result as unknown[]);
          read.onerror = () => reject(new Error('the notes could not be read'));
        };
      }),
  );
  const note = stored.find(
    (record): record is Record<string, unknown> =>
      typeof record === 'object' && record !== null && (record as { text?: unknown }).text === savedText,
  );
  expect(note).toMatchObject({
    kind: 'relative-or-carer-comment',
    sentiment: 'negative',
    themes: expect.arrayContaining(['food-drink-provision-facilities', 'staffing-levels-responsiveness']),
    capturedByRole: 'HCA',
    isUrgent: false,
    hasConsentToShare: false,
    area: null,
  });
  expect(JSON.stringify(stored)).not.toContain('5919');
});

test('an urgent note shows the escalation route, and a kept staff name reaches the server with its reason', async ({
  context,
  page,
  server,
  ward,
  enrolStaffTablet,
}) => {
  await runAdmin(server.dataDir, ['ward', 'escalation', ward.id, 'bleep the nurse in charge on 2345.']);
  await enrolStaffTablet(page);
  await waitForServiceWorkerControl(page);
  const tablet = await openCaptureOffline(context, server, ward.pin);
  const screen = captureScreen(tablet);

  await screen.kind('Concern to escalate').click();
  await screen.words.fill('Relative told Sister Amy the call bell is out of reach');
  await screen.urgent.check();
  await expect(
    tablet.getByText('If you have an urgent concern, bleep the nurse in charge on 2345.'),
  ).toBeVisible();

  await screen.keepIdentifier('name Amy').click();
  const reason = screen.identifiers.getByRole('textbox', { name: 'Why keep name Amy?' });
  await expect(reason).toBeFocused();
  await tablet.keyboard.type('Staff member the relative spoke to');
  await screen.save.click();
  await expect(screen.savedStatus).toBeVisible();
  await expect(screen.urgent).not.toBeChecked();

  // The network and the server come back; the note goes as it was saved.
  await server.start();
  await context.unroute('**/api/**');
  await context.setOffline(false);
  await tablet.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => serverNotes(server.dataDir).length, { timeout: 20_000 }).toBe(1);
  expect(serverNotes(server.dataDir)[0]).toMatchObject({
    kind: 'concern',
    text: 'Relative told Sister Amy the call bell is out of reach',
    isUrgent: true,
    identifierReasons: [{ kind: 'name', reason: 'Staff member the relative spoke to' }],
  });
  await expect(screen.notes.first()).toContainText('Sent');
});
