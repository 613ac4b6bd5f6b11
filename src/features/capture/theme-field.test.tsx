// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CaptureScreen } from './capture-screen';
import type { LoadNoteSuggester, NoteSuggestion } from './note-suggestion';
import { createTestNotes, prepareCaptureTests, resetCaptureStores } from './testing/capture-test-notes';

/**
 * A stand-in for the on-device model, whose answers depend on its training: this one answers by
 * keyword, so the tests can say exactly what is suggested.
 */
const suggestByKeyword = (text: string): NoteSuggestion => {
  const themeCodes = [
    ...(/food|tea/i.test(text) ? ['food-drink-provision-facilities'] : []),
    ...(/noise|noisy/i.test(text) ? ['sensory-experience'] : []),
    ...(/kind|lovely/i.test(text) ? ['staff-manner-personal-attributes'] : []),
  ];
  const sentiment = /cold|noisy/i.test(text) ? 'negative' : /lovely/i.test(text) ? 'positive' : 'neutral';
  return { sentiment, themeCodes };
};
const loadSuggester: LoadNoteSuggester = () => Promise.resolve(suggestByKeyword);

const textBox = () => screen.getByRole('textbox', { name: 'What was said or seen' });
const themes = () => screen.getByRole('group', { name: 'Themes' });
const chipNames = () =>
  within(themes())
    .queryAllByRole('button', { name: /^Remove theme / })
    .map((chip) => chip.textContent?.replace('Remove theme ', '').replace('×', ''));
const sentimentGroup = () => screen.getByRole('group', { name: 'Sentiment' });

// Role queries over a form of some forty controls are slow in jsdom.
describe('Sentiment and themes', { timeout: 20_000 }, () => {
  beforeAll(prepareCaptureTests);
  beforeEach(resetCaptureStores);

  it('pre-fills sentiment and theme chips from the words, marked as suggested', async () => {
    const user = userEvent.setup();
    render(<CaptureScreen notes={createTestNotes()} loadSuggester={loadSuggester} />);

    await user.type(textBox(), 'The food was cold');

    const food = await within(themes()).findByRole('button', {
      name: 'Remove theme Food & drink provision & facilities',
    });
    expect(food).toHaveAccessibleDescription(expect.stringContaining('Suggested from the words'));
    const negative = within(sentimentGroup()).getByRole('radio', { name: 'Negative' });
    expect(negative).toBeChecked();
    expect(negative).toHaveAccessibleDescription('Suggested');
  });

  it('follows the words until the person changes sentiment or a theme by hand', async () => {
    const user = userEvent.setup();
    render(<CaptureScreen notes={createTestNotes()} loadSuggester={loadSuggester} />);

    await user.type(textBox(), 'Noisy night');
    await within(themes()).findByRole('button', { name: 'Remove theme Sensory experience' });
    await user.click(within(sentimentGroup()).getByRole('radio', { name: 'Mixed' }));
    await user.click(within(themes()).getByRole('button', { name: 'Remove theme Sensory experience' }));
    await user.type(textBox(), ', but lovely staff and more noise');

    await within(themes()).findByRole('button', { name: 'Remove theme Staff manner & personal attributes' });
    expect(chipNames()).toEqual(['Staff manner & personal attributes']);
    const mixed = within(sentimentGroup()).getByRole('radio', { name: 'Mixed' });
    expect(mixed).toBeChecked();
    expect(mixed).not.toHaveAccessibleDescription();
  });

  it('adds a theme from the search, keeps it whatever is suggested, and saves the themes shown', async () => {
    const user = userEvent.setup();
    const notes = createTestNotes();
    render(<CaptureScreen notes={notes} loadSuggester={loadSuggester} />);

    await user.type(textBox(), 'Tea');
    await within(themes()).findByRole('button', { name: 'Remove theme Food & drink provision & facilities' });
    const search = within(themes()).getByRole('searchbox', { name: 'Add a theme' });
    await user.type(search, 'park');
    const found = within(themes()).getByRole('list', { name: 'Themes found' });
    await user.click(within(found).getByRole('button', { name: 'Add theme Parking' }));

    expect(search).toHaveValue('');
    expect(search).toHaveFocus();
    expect(screen.queryByRole('list', { name: 'Themes found' })).not.toBeInTheDocument();
    expect(chipNames()).toEqual(['Food & drink provision & facilities', 'Parking']);
    expect(
      within(themes()).getByRole('button', { name: 'Remove theme Parking' }),
    ).not.toHaveAccessibleDescription();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved on this tablet');

    const [note] = await notes.listNewestFirst(1);
    expect(note).toMatchObject({
      themes: ['food-drink-provision-facilities', 'parking'],
      sentiment: 'neutral',
    });
    expect(chipNames()).toEqual([]);
    expect(within(themes()).getByText('No themes yet')).toBeInTheDocument();
  });

  it('adds the best match on Enter, without saving the note', async () => {
    const user = userEvent.setup();
    const notes = createTestNotes();
    render(<CaptureScreen notes={notes} />);

    await user.type(textBox(), 'Asked about leaving');
    const search = within(themes()).getByRole('searchbox', { name: 'Add a theme' });
    await user.type(search, 'disch{Enter}');

    expect(chipNames()).toEqual(['Discharge']);
    expect(screen.queryByText('Saved on this tablet')).not.toBeInTheDocument();
    expect(await notes.listNewestFirst(1)).toEqual([]);
  });

  it('says how many themes match, offers none already chosen, and says when none match', async () => {
    const user = userEvent.setup();
    render(<CaptureScreen notes={createTestNotes()} />);
    const search = within(themes()).getByRole('searchbox', { name: 'Add a theme' });

    await user.type(search, 'food');
    expect(screen.getByText('1 theme found')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    await user.type(search, 'food');
    expect(screen.getAllByText('No theme matches')).not.toHaveLength(0);
    await user.clear(search);
    await user.type(search, 'zebra');
    expect(within(themes()).getByText('No theme matches', { selector: 'p:not([role])' })).toBeVisible();
  });

  it('suggests from the on-device model, loaded when the screen opens', async () => {
    const user = userEvent.setup();
    const notes = createTestNotes();
    render(<CaptureScreen notes={notes} />);

    await user.click(textBox());
    await user.paste('The nurses were so kind and caring');

    expect(
      await within(themes()).findByRole(
        'button',
        { name: 'Remove theme Staff manner & personal attributes' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(within(sentimentGroup()).getByRole('radio', { name: 'Positive' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved on this tablet');
    const [note] = await notes.listNewestFirst(1);
    expect(note).toMatchObject({
      sentiment: 'positive',
      themes: expect.arrayContaining(['staff-manner-personal-attributes']),
    });
  });

  it('removes a theme added by hand with its chip', async () => {
    const user = userEvent.setup();
    render(<CaptureScreen notes={createTestNotes()} />);
    const search = within(themes()).getByRole('searchbox', { name: 'Add a theme' });

    await user.type(search, 'parking{Enter}');
    await user.click(within(themes()).getByRole('button', { name: 'Remove theme Parking' }));

    expect(chipNames()).toEqual([]);
  });
});
