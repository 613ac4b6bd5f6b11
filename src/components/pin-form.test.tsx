// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
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

const renderForm = (checkPin: CheckPin, isBoxDisabledWhileLockedOut = false) => {
  const onUnlocked = vi.fn();
  render(
    <PinForm
      id="pin"
      messages={messages}
      checkPin={checkPin}
      onUnlocked={onUnlocked}
      isBoxDisabledWhileLockedOut={isBoxDisabledWhileLockedOut}
    />,
  );
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

  it('disables the box as well as the button during a lockout only when asked', async () => {
    const user = userEvent.setup();
    const until = new Date(Date.now() + 60_000).toISOString();
    const { pinBox, submit } = renderForm(async () => ({ kind: 'locked-out', until }), true);

    await user.type(pinBox, '1111');
    await user.click(submit);

    expect(screen.getByText(/^Locked for \d+ s$/)).toBeInTheDocument();
    expect(submit).toBeDisabled();
    expect(pinBox).toBeDisabled();
  });
});
