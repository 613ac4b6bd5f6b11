// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CaptureScreen } from './capture-screen';
import { createTestNotes, prepareCaptureTests, resetCaptureStores } from './testing/capture-test-notes';

// 943 476 5919 passes the modulus 11 check: the redactor's own README example of an NHS number.
const textBox = () => screen.getByRole('textbox', { name: 'What was said or seen' });
const identifiers = () => screen.getByRole('group', { name: 'Identifiers found' });
const saveButton = () => screen.getByRole('button', { name: 'Save' });

/** Words as typed into the box, in one go: what is found does not depend on how it was typed. */
async function enterWords(user: ReturnType<typeof userEvent.setup>, words: string) {
  await user.click(textBox());
  await user.paste(words);
}

// Role queries over a form of some forty controls are slow in jsdom.
describe('Identifiers in the words', { timeout: 20_000 }, () => {
  beforeAll(prepareCaptureTests);
  beforeEach(resetCaptureStores);

  it('shows nothing while the words hold no identifier', async () => {
    const user = userEvent.setup();
    render(<CaptureScreen notes={createTestNotes()} />);

    await enterWords(user, 'The bay was quiet overnight');

    expect(screen.queryByRole('group', { name: 'Identifiers found' })).not.toBeInTheDocument();
  });

  it('lists each identifier found as they type, highlighted, and says how many', async () => {
    const user = userEvent.setup();
    render(<CaptureScreen notes={createTestNotes()} />);

    await user.type(textBox(), 'Thanks to Nurse Amy, NHS 943 476 5919');

    const group = await screen.findByRole('group', { name: 'Identifiers found' });
    const items = within(group).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'Name: Amy',
      'NHS number: 943 476 5919',
    ]);
    expect(within(items[1] as HTMLElement).getByText('943 476 5919').tagName).toBe('MARK');
    expect(screen.getByText('Identifiers found: 2')).toHaveAttribute('role', 'status');
    expect(within(group).getByRole('button', { name: 'Remove NHS number 943 476 5919' })).toBeInTheDocument();
    expect(within(group).getByRole('button', { name: 'Keep name Amy' })).toBeInTheDocument();
  });

  it('puts the placeholder in the words on Remove, and saves them redacted', async () => {
    const user = userEvent.setup();
    const notes = createTestNotes();
    render(<CaptureScreen notes={notes} />);

    await enterWords(user, 'Son rang from 943 476 5919 about visiting');
    await user.click(within(identifiers()).getByRole('button', { name: 'Remove NHS number 943 476 5919' }));

    expect(textBox()).toHaveValue('Son rang from [NHS number removed] about visiting');
    expect(screen.queryByRole('group', { name: 'Identifiers found' })).not.toBeInTheDocument();
    await user.click(saveButton());
    await screen.findByText('Saved on this tablet');
    const [note] = await notes.listNewestFirst(1);
    expect(note?.text).toBe('Son rang from [NHS number removed] about visiting');
    expect(note && 'identifierReasons' in note).toBe(false);
  });

  it('treats the same value found twice as one decision, and removes every place it appears', async () => {
    const user = userEvent.setup();
    render(<CaptureScreen notes={createTestNotes()} />);

    await enterWords(user, 'Sister Lopez was kind. Lopez stayed late.');
    const [item] = within(identifiers()).getAllByRole('listitem');
    expect(item?.querySelector('p')).toHaveTextContent('Name: Lopez (2 times)');
    await user.click(within(identifiers()).getByRole('button', { name: 'Remove name Lopez' }));

    expect(textBox()).toHaveValue('Sister [name removed] was kind. [name removed] stayed late.');
  });

  it('refuses to save while an identifier is neither removed nor kept, and moves focus to it', async () => {
    const user = userEvent.setup();
    const notes = createTestNotes();
    render(<CaptureScreen notes={notes} />);

    await enterWords(user, 'Call back on 943 476 5919');
    await user.click(saveButton());

    const error = await within(identifiers()).findByText('Remove each identifier, or keep it and say why');
    expect(error.closest('.nhsuk-error-message')).toBeInTheDocument();
    expect(identifiers()).toHaveAccessibleDescription(
      expect.stringContaining('Error: Remove each identifier'),
    );
    expect(
      within(identifiers()).getByRole('button', { name: 'Remove NHS number 943 476 5919' }),
    ).toHaveFocus();
    expect(screen.queryByText('Saved on this tablet')).not.toBeInTheDocument();
    expect(await notes.listNewestFirst(1)).toEqual([]);
  });

  it('keeps an identifier only with a reason, and saves the reason without the identifier', async () => {
    const user = userEvent.setup();
    const notes = createTestNotes();
    render(<CaptureScreen notes={notes} />);

    await enterWords(user, 'Card says thank you to Nurse Amy');
    await user.click(within(identifiers()).getByRole('button', { name: 'Keep name Amy' }));
    const reason = within(identifiers()).getByRole('textbox', { name: 'Why keep name Amy?' });
    expect(reason).toHaveFocus();
    expect(within(identifiers()).queryByRole('button', { name: 'Keep name Amy' })).not.toBeInTheDocument();

    await user.click(saveButton());
    expect(await within(identifiers()).findByText('Say why you are keeping this name')).toBeInTheDocument();
    expect(reason).toHaveFocus();
    expect(reason).toHaveAccessibleDescription('Error: Say why you are keeping this name');
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(await notes.listNewestFirst(1)).toEqual([]);

    await user.type(reason, 'Staff name in a thank-you');
    await user.click(saveButton());
    await screen.findByText('Saved on this tablet');
    const [note] = await notes.listNewestFirst(1);
    expect(note?.text).toBe('Card says thank you to Nurse Amy');
    expect(note?.identifierReasons).toEqual([{ kind: 'name', reason: 'Staff name in a thank-you' }]);
    expect(JSON.stringify(note?.identifierReasons)).not.toContain('Amy');
    expect(screen.queryByRole('group', { name: 'Identifiers found' })).not.toBeInTheDocument();
  });
});
