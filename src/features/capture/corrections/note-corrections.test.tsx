// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../../domain/notes/note';
import { createNoteRepository } from '../../../data/note-repository';
import { createRecentNotesQuery } from '../../../data/note-query';
import { openTestDatabase } from '../../../data/testing/test-database';
import { CaptureScreen } from '../capture-screen';
import type { CaptureNotes } from '../capture-notes';
import {
  createTestNotes,
  prepareCaptureTests,
  resetCaptureStores,
  type TestNotes,
} from '../testing/capture-test-notes';

const textBox = () => screen.getByRole('textbox', { name: 'What was said or seen' });

async function saveNote(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(textBox());
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await screen.findByText('Saved on this tablet');
}

/**
 * The notes with the recent list's answers held back while `hold` is on, as a slow read (the list's
 * page over 50,000 notes) would hold them, and given in order by `release`.
 */
function withHeldRecentList(notes: TestNotes) {
  let isHolding = false;
  const held: (() => void)[] = [];
  const watchRecentNotes: CaptureNotes['watchRecentNotes'] = (query, limit, onChange) =>
    notes.watchRecentNotes(query, limit, (page) => {
      if (isHolding) held.push(() => onChange(page));
      else onChange(page);
    });
  return {
    notes: { ...notes, watchRecentNotes },
    hold: () => {
      isHolding = true;
    },
    release: () => {
      isHolding = false;
      act(() => held.splice(0).forEach((deliver) => deliver()));
    },
  };
}

/**
 * Notes on a repository that reads the device clock (as the app's does), so that a save refused for
 * being late is refused at the time the test sets.
 */
function createNotesOnDeviceClock(): CaptureNotes & { listNewestFirst: (limit: number) => Promise<Note[]> } {
  const db = openTestDatabase('late-edit');
  const repository = createNoteRepository(db, {
    now: () => new Date(),
    randomBytes: (length: number) => crypto.getRandomValues(new Uint8Array(length)),
  });
  const recentNotes = createRecentNotesQuery(db);
  return {
    ...repository,
    watchRecentNotes: (query, limit, onChange) =>
      recentNotes.watchPage(query, limit, onChange, (error) => {
        throw error;
      }),
  };
}

const noteTexts = () =>
  [...document.querySelectorAll('.app-recent-note__text')].map((text) => text.textContent);

/** Starts editing the only note, and changes its words and its sentiment. */
async function editAndChange(user: ReturnType<typeof userEvent.setup>, words: string) {
  await user.click(await screen.findByRole('button', { name: 'Edit this note' }));
  expect(await screen.findByRole('heading', { name: 'Edit note' })).toHaveFocus();
  await user.clear(textBox());
  await user.paste(words);
  await user.click(screen.getByRole('radio', { name: 'Negative' }));
}

const closedWarning = () => screen.getByRole('heading', { name: /This note can no longer be changed/ });

describe('Corrections without loss', { timeout: 30_000 }, () => {
  beforeAll(prepareCaptureTests);
  beforeEach(() => {
    resetCaptureStores();
    // The test repository's clock starts at 12:00 on 25 November 2025; the screen reads the device clock.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-11-25T12:30:00.000Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('NOTE-1: Edit opens the form with the note, Save changes keeps both versions in the history', async () => {
    const user = userEvent.setup();
    const notes = createTestNotes();
    render(<CaptureScreen notes={notes} />);
    await saveNote(user, 'Patient liked the soup');
    await user.click(screen.getByRole('radio', { name: 'Positive' }));
    await user.paste('');

    await user.click(await screen.findByRole('button', { name: 'Edit this note' }));

    expect(await screen.findByRole('heading', { name: 'Edit note' })).toHaveFocus();
    expect(textBox()).toHaveValue('Patient liked the soup');
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    await user.clear(textBox());
    await user.paste('Patient liked the soup and the bread');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Changes saved on this tablet. The earlier version is kept in the history.');
    expect(screen.queryByRole('heading', { name: 'Edit note' })).not.toBeInTheDocument();
    // The list first still shows the edited version, then only the correction.
    await vi.waitFor(() =>
      expect(
        [...document.querySelectorAll('.app-recent-note__text')].map((text) => text.textContent),
      ).toEqual(['Patient liked the soup and the bread']),
    );
    const history = await screen.findByText('History (2 versions)');
    await user.click(history);
    expect(history.closest('details')).toHaveAttribute('open');
    const versions = within(screen.getByLabelText('Versions, newest first')).getAllByRole('listitem');
    expect(versions.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Patient liked the soup and the bread'),
      expect.stringMatching(/Patient liked the soup$/),
    ]);
    expect(within(versions[0] as HTMLElement).getByText('Current version')).toBeInTheDocument();
    const [newest] = await notes.listNewestFirst(2);
    expect(newest?.supersedes).not.toBeNull();
  });

  it('Cancel leaves the note as it was and gives back what was being written', async () => {
    const user = userEvent.setup();
    render(<CaptureScreen notes={createTestNotes()} />);
    await saveNote(user, 'Relative asked about visiting');
    await user.click(textBox());
    await user.paste('Half a new note');

    await user.click(await screen.findByRole('button', { name: 'Edit this note' }));
    expect(textBox()).toHaveValue('Relative asked about visiting');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(textBox()).toHaveValue('Half a new note');
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
    expect(screen.queryByText(/History/)).not.toBeInTheDocument();
  });

  it('NOTE-2: Delete asks for a reason, then the note leaves the list and its history shows why', async () => {
    const user = userEvent.setup();
    const notes = createTestNotes();
    render(<CaptureScreen notes={notes} />);
    await saveNote(user, 'Saved twice by mistake');

    await user.click(await screen.findByRole('button', { name: 'Delete this note' }));
    const reason = screen.getByRole('textbox', { name: 'Why are you deleting this note?' });
    expect(reason).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Delete note' }));
    expect(await screen.findByText('Enter why you are deleting this note')).toBeInTheDocument();
    expect(reason).toHaveAccessibleDescription(/Enter why you are deleting this note/);

    await user.type(reason, 'Duplicate');
    await user.click(screen.getByRole('button', { name: 'Delete note' }));

    const notice = await screen.findByText('Note deleted. It is no longer counted, and its history is kept.');
    await vi.waitFor(() => expect(document.querySelectorAll('.app-recent-note')).toHaveLength(0));
    // A note was stored (and still is, as a deleted note), so the list does not say "No notes yet".
    expect(
      await screen.findByText('No current notes. Deleted and replaced notes are not shown.'),
    ).toHaveAttribute('role', 'status');
    const panel = within(notice.closest('.nhsuk-inset-text') as HTMLElement);
    await user.click(panel.getByText('History, deleted (1 version)'));
    expect(panel.getByText('Duplicate')).toBeInTheDocument();
    expect(panel.getByText('Last version')).toBeInTheDocument();
    expect(await notes.listNewestFirst(5)).toHaveLength(1);
  });

  it("NOTE-2: shows a deleted note's history once, even while the list has not caught up", async () => {
    const user = userEvent.setup();
    const list = withHeldRecentList(createTestNotes());
    render(<CaptureScreen notes={list.notes} />);
    await saveNote(user, 'Saved twice by mistake');
    await user.click(await screen.findByRole('button', { name: 'Delete this note' }));
    await user.type(screen.getByRole('textbox', { name: 'Why are you deleting this note?' }), 'Duplicate');

    list.hold();
    await user.click(screen.getByRole('button', { name: 'Delete note' }));
    await screen.findByText('Note deleted. It is no longer counted, and its history is kept.');
    // The row has heard of the deletion (its delete form is gone) but the list still holds it.
    await vi.waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Delete note' })).not.toBeInTheDocument(),
    );
    expect(document.querySelectorAll('.app-recent-note')).toHaveLength(1);
    expect(screen.getAllByText('History, deleted (1 version)')).toHaveLength(1);

    list.release();
    await vi.waitFor(() => expect(document.querySelectorAll('.app-recent-note')).toHaveLength(0));
    expect(screen.getAllByText('History, deleted (1 version)')).toHaveLength(1);
  });

  it('NOTE-1: takes Edit away when the 24 hours run out, with the note on screen', async () => {
    // Timers too (moving with real time, so the screen's own waits still pass), and the clock at 12:30.
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2025-11-25T12:30:00.000Z'));
    const user = userEvent.setup();
    render(<CaptureScreen notes={createTestNotes()} />);
    // The test repository saves it at a few minutes past 12:00, so Edit goes soon after 12:00 tomorrow.
    await saveNote(user, 'Patient asked for a blanket');
    expect(await screen.findByRole('button', { name: 'Edit this note' })).toBeInTheDocument();
    // Lets the row's effects run (its timer is set there) before the clock jumps.
    await act(async () => {});

    act(() => vi.advanceTimersByTime(23 * 60 * 60 * 1000));
    expect(screen.getByRole('button', { name: 'Edit this note' })).toBeInTheDocument();

    act(() => vi.advanceTimersByTime(60 * 60 * 1000));
    expect(screen.queryByRole('button', { name: 'Edit this note' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete this note' })).toBeInTheDocument();
  });

  it('NOTE-1: offers no Edit once 24 hours have passed since capture, but still offers Delete', async () => {
    const user = userEvent.setup();
    vi.setSystemTime(new Date('2025-11-26T12:01:00.000Z'));
    render(<CaptureScreen notes={createTestNotes()} />);
    await saveNote(user, 'An old note');

    expect(await screen.findByRole('button', { name: 'Delete this note' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit this note' })).not.toBeInTheDocument();
  });
  describe('when the 24 hours run out while the note is being edited', () => {
    beforeEach(() => {
      // Timers too (moving with real time, so the screen's own waits still pass), and the clock at 12:30.
      vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
      vi.setSystemTime(new Date('2025-11-25T12:30:00.000Z'));
    });

    it('NOTE-1: keeps every word, says the note can no longer be changed, and saves them as a new note', async () => {
      const user = userEvent.setup();
      const notes = createTestNotes();
      render(<CaptureScreen notes={notes} />);
      // The test repository saves it at a few minutes past 12:00, so its 24 hours end soon after 12:00 tomorrow.
      await saveNote(user, 'Patient asked for a blanket');
      await editAndChange(user, 'Patient asked for a blanket and a pillow');
      expect(screen.queryByRole('heading', { name: /can no longer be changed/ })).not.toBeInTheDocument();
      // Lets the form's effects run (its timer is set there) before the clock jumps.
      await act(async () => {});

      act(() => vi.advanceTimersByTime(24 * 60 * 60 * 1000));

      const warning = closedWarning();
      expect(warning.closest('[role="status"]')).toHaveTextContent(
        'Important: This note can no longer be changed' +
          'Notes can be edited for 24 hours after they are captured, and that time has passed.' +
          'Your words are still here. Save them as a new note (the earlier note stays as it is), or cancel.',
      );
      expect(textBox()).toHaveValue('Patient asked for a blanket and a pillow');
      expect(screen.getByRole('radio', { name: 'Negative' })).toBeChecked();
      expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Save as a new note' }));

      await screen.findByText('Saved as a new note on this tablet. The earlier note is unchanged.');
      expect(screen.queryByRole('heading', { name: 'Edit note' })).not.toBeInTheDocument();
      expect(textBox()).toHaveValue('');
      const [saved, earlier] = await notes.listNewestFirst(3);
      expect(saved).toMatchObject({
        text: 'Patient asked for a blanket and a pillow',
        sentiment: 'negative',
        supersedes: null,
      });
      expect(earlier).toMatchObject({ text: 'Patient asked for a blanket', supersedes: null });
      await vi.waitFor(() =>
        expect(noteTexts()).toEqual([
          'Patient asked for a blanket and a pillow',
          'Patient asked for a blanket',
        ]),
      );
    });

    it('NOTE-1: Cancel then leaves the note as it was and gives back what was being written', async () => {
      const user = userEvent.setup();
      const notes = createTestNotes();
      render(<CaptureScreen notes={notes} />);
      await saveNote(user, 'Relative asked about parking');
      await user.click(textBox());
      await user.paste('Half a new note');
      await editAndChange(user, 'Relative asked about parking permits');
      await act(async () => {});
      act(() => vi.advanceTimersByTime(24 * 60 * 60 * 1000));
      expect(closedWarning()).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Cancel' }));

      expect(textBox()).toHaveValue('Half a new note');
      expect(screen.queryByRole('heading', { name: /can no longer be changed/ })).not.toBeInTheDocument();
      expect(await notes.listNewestFirst(3)).toMatchObject([{ text: 'Relative asked about parking' }]);
    });
  });

  it('NOTE-1: a save refused because the 24 hours ran out while the tablet slept keeps the words and offers a new note', async () => {
    // Only the clock is faked: the form's timer (a minute at most) does not run, as on a tablet asleep.
    const user = userEvent.setup();
    const notes = createNotesOnDeviceClock();
    render(<CaptureScreen notes={notes} />);
    await saveNote(user, 'Said the ward was noisy at night');
    await editAndChange(user, 'Said the ward was noisy at night, from 2am');
    vi.setSystemTime(new Date('2025-11-26T12:31:00.000Z'));

    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(
      await screen.findByRole('heading', { name: /This note can no longer be changed/ }),
    ).toBeInTheDocument();
    expect(textBox()).toHaveValue('Said the ward was noisy at night, from 2am');
    expect(textBox()).not.toHaveAccessibleDescription(/no longer be edited/);
    await user.click(screen.getByRole('button', { name: 'Save as a new note' }));
    await screen.findByText('Saved as a new note on this tablet. The earlier note is unchanged.');
    expect(await notes.listNewestFirst(3)).toMatchObject([
      { text: 'Said the ward was noisy at night, from 2am', supersedes: null },
      { text: 'Said the ward was noisy at night' },
    ]);
  });
});
