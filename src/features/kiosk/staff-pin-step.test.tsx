// @vitest-environment jsdom
// The kiosk's staff PIN step on the real data layer (fake-indexeddb) and the real PIN check, with
// the lockout after five wrong tries: the box and the button stay usable, and a try is refused.
import { act, cleanup, configure, fireEvent, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { saveEnrolment } from '../../data/sync-state-repository';
import { createTestEnvironment, openTestDatabase, testEnrolment } from '../../data/testing/test-database';
import { createTestKioskServices, createTestStaffPinVerifier } from './kiosk-test-services';
import { StaffPinStep } from './staff-pin-step';

const STAFF_PIN = '2468';
const LOCKED = 'Too many wrong tries. Try again in 5 minutes.';

const pinBox = () => screen.getByLabelText('Staff PIN');
const unlockButton = () => screen.getByRole('button', { name: 'Unlock' });

/** Types a PIN and presses Unlock, each inside an awaited act so the check's result is drawn. */
const tryPin = async (pin: string) => {
  await act(async () => {
    fireEvent.change(pinBox(), { target: { value: pin } });
  });
  await act(async () => {
    fireEvent.click(unlockButton());
  });
};

/** Five wrong tries, each waited for: the check (PBKDF2) takes a while, and takes one try at a time. */
const tryWrongPinFiveTimes = async () => {
  for (const message of [
    'That PIN is not right. 4 tries left.',
    'That PIN is not right. 3 tries left.',
    'That PIN is not right. 2 tries left.',
    'That PIN is not right. 1 try left.',
    LOCKED,
  ]) {
    await tryPin('1111');
    expect(await screen.findByText(message)).toBeInTheDocument();
  }
};

const startStep = async () => {
  const db = openTestDatabase('staff-pin-step');
  const environment = createTestEnvironment(Date.now());
  const staffPin = await createTestStaffPinVerifier(STAFF_PIN);
  await saveEnrolment(db, { ...testEnrolment(1, 'kiosk'), staffPin }, 'epoch-1');
  const kiosk = createTestKioskServices(db, environment);
  const onUnlocked = vi.fn();
  const renderStep = () =>
    act(async () =>
      render(
        <Suspense>
          <StaffPinStep loadServices={kiosk.loadServices} onUnlocked={onUnlocked} onBack={() => {}} />
        </Suspense>,
      ),
    );
  await renderStep();
  return { onUnlocked, renderStep };
};

describe('StaffPinStep', { timeout: 15_000 }, () => {
  beforeAll(() => configure({ asyncUtilTimeout: 5_000 }));
  afterAll(() => configure({ asyncUtilTimeout: 1_000 }));
  afterEach(cleanup);

  it('after five wrong tries keeps the box and Unlock usable, and refuses even the right PIN with the countdown', async () => {
    const { onUnlocked } = await startStep();
    await tryWrongPinFiveTimes();

    expect(pinBox()).toBeEnabled();
    expect(unlockButton()).toBeEnabled();

    await tryPin(STAFF_PIN);

    expect(onUnlocked).not.toHaveBeenCalled();
    expect(pinBox()).toHaveValue('');
    expect(pinBox()).toHaveFocus();
    expect(pinBox()).toHaveAccessibleDescription(`Error: ${LOCKED}`);
    expect(pinBox()).toHaveAttribute('aria-invalid', 'true');
  });

  it('refuses a try the same way when the lockout began before the step was shown', async () => {
    const { onUnlocked, renderStep } = await startStep();
    await tryWrongPinFiveTimes();
    cleanup();

    await renderStep();
    expect(await screen.findByText(LOCKED)).toBeInTheDocument();
    await tryPin(STAFF_PIN);

    expect(onUnlocked).not.toHaveBeenCalled();
    expect(pinBox()).toHaveValue('');
    expect(pinBox()).toHaveAccessibleDescription(`Error: ${LOCKED}`);
  });
});
