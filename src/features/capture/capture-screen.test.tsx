// @vitest-environment jsdom
// Types for the DOM matchers that tests/support/setup.ts registers.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useUnsavedInputStore } from '../../components/unsaved-input-store';
import { CaptureScreen } from './capture-screen';
import { createTestNotes, prepareCaptureTests, resetCaptureStores } from './testing/capture-test-notes';

/** A real repository on a fresh fake-IndexedDB database, with a clock the test moves. */
const createNotes = () => createTestNotes();

const textBox = () => screen.getByRole('textbox', { name: 'What was said or seen' });
const noteList = async () =>
  within(await screen.findByRole('region', { name: 'Notes on this tablet' })).findByRole('list');

// Role queries over a form of some forty controls are slow in jsdom, and the first test also
// transforms the lazy chunks (redactor, theme frame): generous on a busy two-core machine.
describe('CaptureScreen', { timeout: 20_000 }, () => {
  beforeAll(prepareCaptureTests);

  beforeEach(resetCaptureStores);

  it('has a heading and a labelled box with a hint about identifiers', () => {
    render(<CaptureScreen notes={createNotes()} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Capture a note' })).toBeInTheDocument();
    expect(textBox()).toHaveAccessibleDescription(
      expect.stringContaining('Do not include names, NHS numbers'),
    );
  });

  it('says when there are no notes yet', async () => {
    render(<CaptureScreen notes={createNotes()} />);

    expect(await screen.findByText('No notes yet')).toBeInTheDocument();
  });

  it('saves what was typed, clears the box, says so, and lists the note', async () => {
    const user = userEvent.setup();
    render(<CaptureScreen notes={createNotes()} />);

    await user.type(textBox(), 'Bay 3 said the night was much quieter');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Saved on this tablet')).toHaveAttribute('role', 'status');
    expect(textBox()).toHaveValue('');
    const list = await noteList();
    expect(await within(list).findByText('Bay 3 said the night was much quieter')).toBeInTheDocument();
    expect(within(list).getByText(/^25 Nov 2025, \d{2}:\d{2}$/)).toBeInTheDocument();
  });

  it('lists notes newest first', async () => {
    const user = userEvent.setup();
    render(<CaptureScreen notes={createNotes()} />);

    for (const text of ['First note', 'Second note', 'Third note']) {
      await user.type(textBox(), text);
      await user.click(screen.getByRole('button', { name: 'Save' }));
      await within(await noteList()).findByText(text);
    }

    const items = within(await noteList()).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.app-recent-note__text')?.textContent)).toEqual([
      'Third note',
      'Second note',
      'First note',
    ]);
  });

  it('shows an error tied to the box for empty text, keeps focus there and saves nothing', async () => {
    const user = userEvent.setup();
    render(<CaptureScreen notes={createNotes()} />);

    await user.type(textBox(), '   ');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const error = await screen.findByText(/The note is empty/);
    expect(textBox()).toHaveAccessibleDescription(expect.stringContaining('Error: The note is empty'));
    expect(error.closest('.nhsuk-error-message')).toHaveAttribute('id', 'capture-text-error');
    expect(textBox()).toHaveFocus();
    expect(textBox()).toHaveValue('   ');
    expect(screen.queryByText('Saved on this tablet')).not.toBeInTheDocument();
    expect(await screen.findByText('No notes yet')).toBeInTheDocument();
  });

  it('keeps typed text across a route change and reports it as unsaved input', async () => {
    const user = userEvent.setup();
    const notes = createNotes();
    const { unmount } = render(<CaptureScreen notes={notes} />);

    await user.type(textBox(), 'Half-typed note');
    expect(useUnsavedInputStore.getState().sourceIds.has('capture')).toBe(true);
    unmount();
    render(<CaptureScreen notes={notes} />);

    expect(textBox()).toHaveValue('Half-typed note');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved on this tablet')).toHaveAttribute('role', 'status');
    expect(useUnsavedInputStore.getState().sourceIds.has('capture')).toBe(false);
  });

  it('says which notes are sent and which wait to be sent', async () => {
    const user = userEvent.setup();
    const repository = createNotes();
    const waiting = new Set<string>();
    const listeners = new Set<(ids: ReadonlySet<string>) => void>();
    const notes = {
      ...repository,
      // The outbox as the app reports it: the test decides what the server has answered.
      watchWaitingRecordIds: (onChange: (ids: ReadonlySet<string>) => void) => {
        listeners.add(onChange);
        onChange(new Set(waiting));
        return () => listeners.delete(onChange);
      },
    };
    render(<CaptureScreen notes={notes} />);

    await user.type(textBox(), 'Not sent yet');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved on this tablet');
    const [saved] = await repository.listNewestFirst(1);
    waiting.add(saved?.id ?? '');
    act(() => listeners.forEach((listener) => listener(new Set(waiting))));

    const item = (await within(await noteList()).findByText('Not sent yet')).closest('li');
    expect(item).toHaveTextContent('Waiting to send');
    waiting.clear();
    act(() => listeners.forEach((listener) => listener(new Set(waiting))));
    expect(item).toHaveTextContent('Sent');
    expect(item).not.toHaveTextContent('Waiting to send');
  });
});
