// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NoteDraft } from '../../../domain/notes/note';
import { createTestNotes, prepareCaptureTests } from '../testing/capture-test-notes';
import { RecentNotes } from './recent-notes';

const seed = async (drafts: NoteDraft[]) => {
  const notes = createTestNotes();
  for (const draft of drafts) {
    const saved = await notes.save(draft);
    if (!saved.isOk) throw new Error(saved.error);
  }
  return notes;
};

const ward: NoteDraft[] = [
  {
    text: 'The food was cold at lunch',
    kind: 'patient-comment',
    sentiment: 'negative',
    themes: ['food-drink-provision-facilities'],
    capturedByRole: 'HCA',
  },
  {
    text: 'Thank you to the night staff',
    kind: 'compliment',
    sentiment: 'positive',
    capturedByRole: 'Nurse',
  },
  {
    text: 'Call bell not answered for twenty minutes',
    kind: 'concern',
    isUrgent: true,
    capturedByRole: 'Nurse',
  },
];

const status = () => screen.getByRole('status');
const list = () => screen.getByRole('list', { name: 'Notes, newest first' });
const rowTexts = () =>
  within(list())
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.app-recent-note__text')?.textContent);

describe('RecentNotes', { timeout: 20_000 }, () => {
  beforeAll(prepareCaptureTests);

  it('lists the notes newest first with kind, time, words, sentiment, themes, Urgent and role, and counts them', async () => {
    render(<RecentNotes notes={await seed(ward)} />);

    expect(await screen.findByText('3 notes on this tablet, newest first.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(rowTexts()).toEqual([
      'Call bell not answered for twenty minutes',
      'Thank you to the night staff',
      'The food was cold at lunch',
    ]);
    const [urgent, , food] = within(list()).getAllByRole('listitem');
    expect(urgent).toHaveTextContent(/^Concern to escalate, saved \d+ Nov 2025, \d{2}:\d{2}/);
    expect(urgent).toHaveTextContent('Urgent');
    expect(food).toHaveTextContent('Sentiment: Negative');
    expect(food).toHaveTextContent('Theme: Food & drink provision & facilities');
    expect(food).toHaveTextContent('Captured by HCA');
    expect(food).toHaveAttribute('aria-posinset', '3');
    expect(food).toHaveAttribute('aria-setsize', '3');
  });

  it('searches the words and says how many match, politely', async () => {
    const user = userEvent.setup();
    render(<RecentNotes notes={await seed(ward)} />);
    await screen.findByText(/3 notes/);

    await user.type(screen.getByRole('searchbox', { name: 'Search notes' }), 'NIGHT');

    expect(await screen.findByText('1 matching note.')).toBe(status());
    expect(rowTexts()).toEqual(['Thank you to the night staff']);
  });

  it('filters by kind, theme, sentiment, role and urgent, and clears them all at once', async () => {
    const user = userEvent.setup();
    render(<RecentNotes notes={await seed(ward)} />);
    await screen.findByText(/3 notes/);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'Nurse');
    expect(await screen.findByText('2 matching notes, newest first.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Urgent only' }));
    expect(await screen.findByText('1 matching note.')).toBeInTheDocument();
    expect(rowTexts()).toEqual(['Call bell not answered for twenty minutes']);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('3 notes on this tablet, newest first.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Urgent only' })).not.toBeChecked();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Theme' }),
      // The element, not its words: user-event compares words with innerHTML, which escapes "&".
      screen.getByRole('option', { name: 'Food & drink provision & facilities' }),
    );
    expect(await screen.findByText('1 matching note.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Compliment or thank-you');
    expect(await screen.findByText('No notes match your search and filters.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Notes, newest first' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'Any theme');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sentiment' }), 'Positive');
    expect(await screen.findByText('1 matching note.')).toBeInTheDocument();
    expect(rowTexts()).toEqual(['Thank you to the night staff']);
  });

  it('filters by the days saved, and says when "Saved to" comes before "Saved from"', async () => {
    const user = userEvent.setup();
    render(<RecentNotes notes={await seed(ward)} />);
    await screen.findByText(/3 notes/);
    const from = screen.getByLabelText('Saved from');
    const to = screen.getByLabelText('Saved to');

    await user.type(from, '2025-11-25');
    await user.type(to, '2025-11-25');
    expect(await screen.findByText('3 matching notes, newest first.')).toBeInTheDocument();
    await user.clear(from);
    await user.type(from, '2025-11-26');
    expect(await screen.findByText('No notes match your search and filters.')).toBeInTheDocument();
    expect(to).toHaveAccessibleDescription(expect.stringContaining('must be the same as or after'));
  });

  it('says when there are no notes yet', async () => {
    render(<RecentNotes notes={createTestNotes()} />);

    expect(await screen.findByText('No notes yet')).toBe(status());
  });

  it('keeps one row in the Tab order and moves between rows with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    render(<RecentNotes notes={await seed(ward)} />);
    await screen.findByText(/3 notes/);
    const rows = within(list()).getAllByRole('listitem');
    expect(rows.map((row) => row.tabIndex)).toEqual([0, -1, -1]);

    rows[0]?.focus();
    await user.keyboard('{ArrowDown}');
    expect(rows[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(rows[2]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(rows[0]).toHaveFocus();
    expect(
      within(list())
        .getAllByRole('listitem')
        .map((row) => row.tabIndex),
    ).toEqual([0, -1, -1]);
  });
});
