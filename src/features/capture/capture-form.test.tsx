// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CaptureScreen } from './capture-screen';
import { useCapturePreferencesStore } from './capture-preferences-store';
import {
  createTestNotes,
  prepareCaptureTests,
  resetCaptureStores,
  type TestNotes,
} from './testing/capture-test-notes';

const textBox = () => screen.getByRole('textbox', { name: 'What was said or seen' });
const saveButton = () => screen.getByRole('button', { name: 'Save' });

/** Puts words in the box in one go: these tests are about the other controls, not typing. */
async function saveNote(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(textBox());
  await user.paste(text);
  await user.click(saveButton());
  await screen.findByText('Saved on this tablet');
}

async function newestNote(notes: TestNotes) {
  const [note] = await notes.listNewestFirst(1);
  if (!note) throw new Error('no note was saved');
  return note;
}

// Role queries over a form of some forty controls are slow in jsdom, and the first test also
// transforms the lazy chunks (redactor, theme frame): generous on a busy two-core machine.
describe('CaptureForm controls', { timeout: 20_000 }, () => {
  beforeAll(prepareCaptureTests);
  beforeEach(resetCaptureStores);

  it('offers the six kinds, starts on Staff observation and saves the kind chosen', async () => {
    const user = userEvent.setup();
    const notes = createTestNotes();
    render(<CaptureScreen notes={notes} />);

    const kinds = screen.getByRole('group', { name: 'Kind of note' });
    expect(
      within(kinds)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('id')),
    ).toHaveLength(6);
    for (const name of [
      'Patient comment',
      'Relative or carer comment',
      'Compliment or thank-you',
      'Staff observation',
      'Concern to escalate',
      '15 Steps finding',
    ]) {
      expect(within(kinds).getByRole('radio', { name })).toBeInTheDocument();
    }
    expect(within(kinds).getByRole('radio', { name: 'Staff observation' })).toBeChecked();

    await user.click(within(kinds).getByRole('radio', { name: 'Compliment or thank-you' }));
    await saveNote(user, 'Card from the family: thank you all');

    expect((await newestNote(notes)).kind).toBe('compliment');
  });

  it('remembers the kind and the role of the last save on this tablet', async () => {
    const user = userEvent.setup();
    const notes = createTestNotes();
    const { unmount } = render(<CaptureScreen notes={notes} />);

    await user.click(screen.getByRole('radio', { name: 'Patient comment' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Your role' }), 'HCA');
    await saveNote(user, 'Said the tea round was early');
    expect(screen.getByRole('radio', { name: 'Patient comment' })).toBeChecked();
    expect(JSON.parse(localStorage.getItem('wardside.capture-preferences') ?? '{}')).toMatchObject({
      state: { kind: 'patient-comment', role: 'HCA' },
    });
    unmount();
    render(<CaptureScreen notes={notes} />);

    expect(screen.getByRole('radio', { name: 'Patient comment' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Your role' })).toHaveValue('HCA');
    await saveNote(user, 'Asked for a later breakfast');
    expect(await newestNote(notes)).toMatchObject({ kind: 'patient-comment', capturedByRole: 'HCA' });
  });

  it('keeps a kind or role chosen for one note only until it is saved or changed', async () => {
    const user = userEvent.setup();
    const notes = createTestNotes();
    render(<CaptureScreen notes={notes} />);

    await user.click(screen.getByRole('radio', { name: 'Concern to escalate' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Your role' }), 'Doctor');
    expect(useCapturePreferencesStore.getState()).toMatchObject({ kind: 'staff-observation', role: null });
    await saveNote(user, 'Call bell out of reach');

    expect(useCapturePreferencesStore.getState()).toMatchObject({ kind: 'concern', role: 'Doctor' });
  });

  it('offers roles, not names, with Not said first, and saves no role when none is chosen', async () => {
    const user = userEvent.setup();
    const notes = createTestNotes();
    render(<CaptureScreen notes={notes} />);

    const role = screen.getByRole('combobox', { name: 'Your role' });
    expect(role).toHaveValue('');
    expect(
      within(role)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Not said',
      'Nurse',
      'HCA',
      'Doctor',
      'Ward manager',
      'Ward clerk',
      'Housekeeper',
      'Therapist',
      'Student',
      'Volunteer',
      'Other',
    ]);
    await saveNote(user, 'Quiet night in the bay');
    expect((await newestNote(notes)).capturedByRole).toBeNull();
  });

  it('has sentiment radios with none chosen until a suggestion or a tap, and saves the choice', async () => {
    const user = userEvent.setup();
    const notes = createTestNotes();
    render(<CaptureScreen notes={notes} />);

    const sentiment = screen.getByRole('group', { name: 'Sentiment' });
    const radios = within(sentiment).getAllByRole('radio');
    expect(radios.map((radio) => radio.closest('div')?.textContent)).toEqual([
      'Positive',
      'Mixed',
      'Negative',
      'Neutral',
    ]);
    for (const radio of radios) expect(radio).not.toBeChecked();

    await user.click(within(sentiment).getByRole('radio', { name: 'Mixed' }));
    await saveNote(user, 'Food was cold but the staff were lovely');
    expect((await newestNote(notes)).sentiment).toBe('mixed');
    expect(within(sentiment).getByRole('radio', { name: 'Mixed' })).not.toBeChecked();
  });

  it('reveals the ward’s escalation route when Urgent is ticked, and saves the note as urgent', async () => {
    const user = userEvent.setup();
    const notes = createTestNotes('ask for the nurse in charge, or bleep 2345.');
    render(<CaptureScreen notes={notes} />);

    const urgent = screen.getByRole('checkbox', { name: 'Urgent' });
    expect(urgent).not.toBeChecked();
    expect(screen.queryByText(/bleep 2345/)).not.toBeInTheDocument();
    await user.click(urgent);

    expect(
      await screen.findByText(/If you have an urgent concern, ask for the nurse in charge, or bleep 2345\./),
    ).toBeVisible();
    expect(screen.getByText('Saving does not escalate it.')).toBeVisible();
    await saveNote(user, 'Relative worried about a fall risk');
    expect((await newestNote(notes)).isUrgent).toBe(true);
    expect(screen.getByRole('checkbox', { name: 'Urgent' })).not.toBeChecked();
  });

  it('gives a default escalation route when the ward set none', async () => {
    const user = userEvent.setup();
    render(<CaptureScreen notes={createTestNotes(null)} />);

    await user.click(screen.getByRole('checkbox', { name: 'Urgent' }));

    expect(
      await screen.findByText(/If you have an urgent concern, tell the nurse in charge now\./),
    ).toBeVisible();
  });

  it('saves consent to share word for word only when ticked', async () => {
    const user = userEvent.setup();
    const notes = createTestNotes();
    render(<CaptureScreen notes={notes} />);

    await saveNote(user, 'Not for sharing');
    expect((await newestNote(notes)).hasConsentToShare).toBe(false);
    await user.click(
      screen.getByRole('checkbox', { name: 'Patient agreed this can be shared word for word' }),
    );
    await saveNote(user, 'Happy to be quoted');
    expect((await newestNote(notes)).hasConsentToShare).toBe(true);
  });

  it('offers areas, never beds, with Not said chosen, and saves the area', async () => {
    const user = userEvent.setup();
    const notes = createTestNotes();
    render(<CaptureScreen notes={notes} />);

    const area = screen.getByRole('group', { name: 'Where on the ward' });
    expect(area).toHaveAccessibleDescription('Never a bed number or a name.');
    expect(within(area).getByRole('radio', { name: 'Not said' })).toBeChecked();
    for (const name of ['Bay', 'Side room', 'Day room', 'Corridor']) {
      expect(within(area).getByRole('radio', { name })).not.toBeChecked();
    }
    await saveNote(user, 'Nobody said where');
    expect((await newestNote(notes)).area).toBeNull();

    await user.click(within(area).getByRole('radio', { name: 'Day room' }));
    await saveNote(user, 'TV remote missing');
    expect((await newestNote(notes)).area).toBe('day-room');
    expect(within(area).getByRole('radio', { name: 'Not said' })).toBeChecked();
  });
});
