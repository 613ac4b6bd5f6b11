// @vitest-environment jsdom
// Types for the DOM matchers that tests/support/setup.ts registers.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdateBanner } from './update-banner';
import { useUnsavedInputStore } from './unsaved-input-store';

describe('UpdateBanner', () => {
  beforeEach(() => {
    useUnsavedInputStore.setState(useUnsavedInputStore.getInitialState(), true);
  });

  it('shows nothing while no update is waiting', () => {
    render(<UpdateBanner isUpdateWaiting={false} onUpdate={vi.fn()} />);

    expect(screen.queryByRole('region', { name: 'Update available' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Update' })).not.toBeInTheDocument();
  });

  it('offers the update when a new version is waiting', () => {
    render(<UpdateBanner isUpdateWaiting onUpdate={vi.fn()} />);

    const banner = screen.getByRole('region', { name: 'Update available' });
    expect(banner).toHaveTextContent('A new version of Wardside is ready');
    expect(screen.getByRole('button', { name: 'Update' })).toBeEnabled();
  });

  it('disables the update and says why while a form holds unsaved input', () => {
    useUnsavedInputStore.getState().setHasUnsavedInput('capture', true);
    render(<UpdateBanner isUpdateWaiting onUpdate={vi.fn()} />);

    const button = screen.getByRole('button', { name: 'Update' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Save or clear what you have typed before you update.');
  });

  it('enables the update again once the input is saved or cleared', () => {
    useUnsavedInputStore.getState().setHasUnsavedInput('capture', true);
    render(<UpdateBanner isUpdateWaiting onUpdate={vi.fn()} />);

    act(() => useUnsavedInputStore.getState().setHasUnsavedInput('capture', false));

    expect(screen.getByRole('button', { name: 'Update' })).toBeEnabled();
  });

  it('calls the update function once when Update is tapped', async () => {
    const user = userEvent.setup();
    const onUpdate = vi.fn();
    render(<UpdateBanner isUpdateWaiting onUpdate={onUpdate} />);

    await user.click(screen.getByRole('button', { name: 'Update' }));
    await user.click(screen.getByRole('button', { name: 'Updating…' }));

    expect(onUpdate).toHaveBeenCalledTimes(1);
  });
});
