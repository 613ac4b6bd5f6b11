// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PinForm, type CheckPin, type PinFormMessages } from './pin-form';

const messages: PinFormMessages = {
  label: 'PIN',
  hint: 'From the manager.',
  submit: 'Open',
  errorPrefix: 'Problem:',
  emptyPin: 'Type the PIN',
  wrongPin: (triesLeft) => `Wrong, ${triesLeft} left`,
  lockedOut: (remainingMilliseconds) => `Locked for ${Math.ceil(remainingMilliseconds / 1000)} s`,
  noPin: 'No PIN here yet',
  checkFailed: 'Could not check',
};

const renderForm = (checkPin: CheckPin) => {
  const onUnlocked = vi.fn();
  render(<PinForm id="pin" messages={messages} checkPin={checkPin} onUnlocked={onUnlocked} />);
  return {
    onUnlocked,
    pinBox: screen.getByLabelText('PIN'),
    submit: screen.getByRole('button', { name: 'Open' }),
  };
};

describe('PinForm', () => {
  it('calls onUnlocked for a PIN the check accepts', async () => {
    const user = userEvent.setup();
    const { onUnlocked, pinBox, submit } = renderForm(async () => ({ kind: 'unlocked' }));

    await user.type(pinBox, '2468');
    await user.click(submit);

    expect(onUnlocked).toHaveBeenCalledTimes(1);
  });

  it('says the words of each refusal after its prefix, clearing and focusing the box', async () => {
    const user = userEvent.setup();
    const { pinBox, submit } = renderForm(async () => ({ kind: 'wrong-pin', triesLeft: 2 }));

    await user.type(pinBox, '1111');
    await user.click(submit);

    expect(pinBox).toHaveAccessibleDescription('From the manager. Problem: Wrong, 2 left');
    expect(screen.getByText('Wrong, 2 left')).toBeInTheDocument();
    expect(pinBox).toHaveValue('');
    expect(pinBox).toHaveFocus();
  });

  it('says the check failed, not that the PIN is missing, when the check rejects', async () => {
    const user = userEvent.setup();
    const { pinBox, submit } = renderForm(() => Promise.reject(new Error('storage failed')));

    await user.type(pinBox, '2468');
    await user.click(submit);

    expect(pinBox).toHaveAccessibleDescription(expect.stringContaining('Could not check'));
    expect(screen.queryByText('Type the PIN')).not.toBeInTheDocument();
  });

  describe('during a lockout', () => {
    beforeEach(() =>
      vi.useFakeTimers({ now: Date.parse('2025-11-25T14:00:00.000Z'), shouldAdvanceTime: true }),
    );
    afterEach(() => vi.useRealTimers());

    it('keeps the box and the button usable, and refuses each try with the countdown without checking', async () => {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const until = new Date(Date.now() + 60_000).toISOString();
      const checkPin = vi.fn<CheckPin>(async () => ({ kind: 'locked-out', until }));
      const { onUnlocked, pinBox, submit } = renderForm(checkPin);

      await user.type(pinBox, '1111');
      await user.click(submit);
      expect(checkPin).toHaveBeenCalledTimes(1);
      expect(pinBox).toHaveAccessibleDescription(
        expect.stringMatching(/^From the manager\. Problem: Locked for \d+ s$/),
      );

      expect(pinBox).toBeEnabled();
      expect(submit).toBeEnabled();
      await user.type(pinBox, '2468');
      expect(pinBox).toHaveValue('2468');
      await user.click(submit);

      expect(checkPin).toHaveBeenCalledTimes(1);
      expect(onUnlocked).not.toHaveBeenCalled();
      expect(pinBox).toHaveValue('');
      expect(pinBox).toHaveFocus();
      expect(pinBox).toHaveAccessibleDescription(expect.stringMatching(/Problem: Locked for \d+ s$/));
      expect(pinBox).toHaveAttribute('aria-invalid', 'true');
    });

    it('checks PINs again once the countdown ends', async () => {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const until = new Date(Date.now() + 60_000).toISOString();
      const checkPin = vi.fn<CheckPin>(async () =>
        Date.now() < Date.parse(until) ? { kind: 'locked-out', until } : { kind: 'unlocked' },
      );
      const { onUnlocked, pinBox, submit } = renderForm(checkPin);
      await user.type(pinBox, '1111');
      await user.click(submit);

      await act(async () => vi.advanceTimersByTime(61_000));
      expect(screen.queryByText(/^Locked for/)).not.toBeInTheDocument();
      expect(pinBox).toHaveAccessibleDescription('From the manager.');
      await user.type(pinBox, '2468');
      await user.click(submit);

      expect(checkPin).toHaveBeenCalledTimes(2);
      expect(onUnlocked).toHaveBeenCalledTimes(1);
    });

    it('counts down a lockout that began before the form, refusing a try meanwhile', async () => {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const until = new Date(Date.now() + 30_000).toISOString();
      const checkPin = vi.fn<CheckPin>(async () => ({ kind: 'unlocked' }));
      const onUnlocked = vi.fn();
      render(
        <PinForm
          id="pin"
          messages={messages}
          checkPin={checkPin}
          readLockout={async () => until}
          onUnlocked={onUnlocked}
        />,
      );

      expect(await screen.findByText('Locked for 30 s')).toBeInTheDocument();
      await user.type(screen.getByLabelText('PIN'), '2468');
      await user.click(screen.getByRole('button', { name: 'Open' }));

      expect(checkPin).not.toHaveBeenCalled();
      expect(onUnlocked).not.toHaveBeenCalled();
      expect(screen.getByLabelText('PIN')).toHaveValue('');
    });
  });
});
