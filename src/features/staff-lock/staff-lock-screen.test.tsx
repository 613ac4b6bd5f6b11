// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckStaffPin, PinCheckOutcome } from './check-staff-pin';
import { LockButton } from './lock-button';
import { StaffLockGate } from './staff-lock-gate';
import { useStaffLockStore } from './staff-lock-store';

const pinBox = () => screen.getByLabelText('Staff PIN');
const unlockButton = () => screen.getByRole('button', { name: 'Unlock' });
const start = Date.parse('2025-11-25T14:00:00.000Z');

/** A PIN check with the engine's rule: 5 wrong tries lock for 5 minutes. */
function createPinCheck(rightPin: string): CheckStaffPin {
  let wrongTries = 0;
  let lockedUntil = 0;
  return async (pin): Promise<PinCheckOutcome> => {
    if (Date.now() < lockedUntil) return { kind: 'locked-out', until: new Date(lockedUntil).toISOString() };
    if (pin === rightPin) {
      wrongTries = 0;
      return { kind: 'unlocked' };
    }
    wrongTries += 1;
    if (wrongTries < 5) return { kind: 'wrong-pin', triesLeft: 5 - wrongTries };
    wrongTries = 0;
    lockedUntil = Date.now() + 5 * 60_000;
    return { kind: 'locked-out', until: new Date(lockedUntil).toISOString() };
  };
}

const renderGate = (checkPin: CheckStaffPin, readLockout?: () => Promise<string | null>) =>
  render(
    <>
      <LockButton />
      <StaffLockGate checkPin={checkPin} readLockout={readLockout}>
        <h1>Capture a note</h1>
      </StaffLockGate>
    </>,
  );

describe('StaffLockGate', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: start, shouldAdvanceTime: true });
    useStaffLockStore.setState(useStaffLockStore.getInitialState(), true);
  });
  afterEach(() => vi.useRealTimers());

  it('starts locked, with a numeric password box for the staff PIN', () => {
    renderGate(createPinCheck('2468'));

    expect(screen.getByRole('heading', { level: 1, name: 'Unlock Wardside' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Capture a note' })).not.toBeInTheDocument();
    expect(pinBox()).toHaveAttribute('type', 'password');
    expect(pinBox()).toHaveAttribute('inputmode', 'numeric');
    expect(screen.queryByRole('button', { name: 'Lock' })).not.toBeInTheDocument();
  });

  it('shows the staff screen after the right PIN, and Lock locks it again', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderGate(createPinCheck('2468'));

    await user.type(pinBox(), '2468');
    await user.click(unlockButton());

    expect(await screen.findByRole('heading', { name: 'Capture a note' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lock' }));
    expect(screen.getByRole('heading', { name: 'Unlock Wardside' })).toBeInTheDocument();
    expect(pinBox()).toHaveValue('');
  });

  it('says how many tries are left after a wrong PIN, and clears the box', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderGate(createPinCheck('2468'));

    await user.type(pinBox(), '1111');
    await user.click(unlockButton());

    expect(pinBox()).toHaveAccessibleDescription(
      expect.stringContaining(
        'Error: That PIN is not right. 4 tries left before Wardside locks for 5 minutes.',
      ),
    );
    expect(pinBox()).toHaveValue('');
    expect(pinBox()).toHaveFocus();
  });

  it('asks for the PIN when the box is empty', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const checkPin = vi.fn(createPinCheck('2468'));
    renderGate(checkPin);

    await user.click(unlockButton());

    expect(pinBox()).toHaveAccessibleDescription(expect.stringContaining('Enter the staff PIN'));
    expect(checkPin).not.toHaveBeenCalled();
  });

  it('locks for 5 minutes after 5 wrong tries, shows the time left, then lets staff try again', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderGate(createPinCheck('2468'));

    for (let attempt = 0; attempt < 5; attempt += 1) {
      await user.type(pinBox(), '0000');
      await user.click(unlockButton());
    }

    expect(screen.getByText(/Too many wrong PINs. Try again in 5 minutes./)).toBeInTheDocument();
    // Nothing is disabled: a try is refused with the countdown, even with the right PIN.
    expect(pinBox()).toBeEnabled();
    await user.type(pinBox(), '2468');
    await user.click(unlockButton());
    expect(screen.queryByRole('heading', { name: 'Capture a note' })).not.toBeInTheDocument();
    expect(pinBox()).toHaveValue('');
    expect(pinBox()).toHaveFocus();
    expect(pinBox()).toHaveAccessibleDescription(
      expect.stringMatching(/Error: Too many wrong PINs\. Try again in 5 minutes\.$/),
    );

    await act(async () => vi.advanceTimersByTime(4 * 60_000 + 20_000));
    // About 40 seconds: typing took some (fake) time, and the countdown ticks once a second.
    expect(screen.getByText(/Try again in (3\d|4[01]) seconds./)).toBeInTheDocument();

    await act(async () => vi.advanceTimersByTime(41_000));
    expect(screen.queryByText(/Too many wrong PINs/)).not.toBeInTheDocument();
    expect(unlockButton()).toBeEnabled();
    await user.type(pinBox(), '2468');
    await user.click(unlockButton());
    expect(await screen.findByRole('heading', { name: 'Capture a note' })).toBeInTheDocument();
  });

  it('keeps a lockout that began before a reload, refusing even the right PIN', async () => {
    const until = new Date(start + 3 * 60_000).toISOString();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const checkPin = vi.fn(createPinCheck('2468'));
    renderGate(checkPin, async () => until);

    expect(await screen.findByText(/Too many wrong PINs. Try again in 3 minutes./)).toBeInTheDocument();
    await user.type(pinBox(), '2468');
    await user.click(unlockButton());
    expect(checkPin).not.toHaveBeenCalled();
    expect(screen.queryByRole('heading', { name: 'Capture a note' })).not.toBeInTheDocument();
    expect(pinBox()).toHaveAccessibleDescription(expect.stringContaining('Error: Too many wrong PINs.'));
  });

  it('explains when the ward has no PIN on this tablet yet', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderGate(async () => ({ kind: 'no-pin' }));

    await user.type(pinBox(), '2468');
    await user.click(unlockButton());

    expect(screen.getByText(/This ward has no staff PIN on this tablet yet/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Capture a note' })).not.toBeInTheDocument();
  });
});
