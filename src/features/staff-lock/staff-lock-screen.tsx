import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormField, fieldIds } from '../../components/form-field';
import { useDocumentTitle } from '../../components/use-document-title';
import { useNow } from '../../components/use-now';
import type { CheckStaffPin, ReadStaffLockout } from './check-staff-pin';
import {
  describeLockout,
  describeWrongPin,
  emptyPinMessage,
  failedCheckMessage,
  noPinMessage,
} from './describe-pin-outcome';

type StaffLockScreenProps = {
  checkPin: CheckStaffPin;
  /** A lockout that began before this screen (another screen, a reload) still counts. */
  readLockout?: ReadStaffLockout;
  onUnlocked: () => void;
};

const pinId = 'staff-pin';
const { hintId, errorId } = fieldIds(pinId);

/** Shown instead of a staff screen until the ward's staff PIN is entered. */
export function StaffLockScreen({ checkPin, readLockout, onUnlocked }: StaffLockScreenProps) {
  useDocumentTitle('Unlock Wardside');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string>();
  const [lockedUntil, setLockedUntil] = useState<number>();
  const isChecking = useRef(false);
  const pinBox = useRef<HTMLInputElement>(null);
  const now = useNow(1000).getTime();

  useEffect(() => {
    let isCurrent = true;
    readLockout?.()
      .then((until) => {
        if (isCurrent && until) setLockedUntil(Date.parse(until));
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [readLockout]);

  const isLockedOut = lockedUntil !== undefined && lockedUntil > now;
  const message = isLockedOut ? describeLockout(lockedUntil - now) : error;

  const showError = (text: string | undefined) => {
    setError(text);
    setPin('');
    pinBox.current?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isChecking.current || isLockedOut) return;
    if (pin === '') return showError(emptyPinMessage);
    isChecking.current = true;
    try {
      const outcome = await checkPin(pin);
      switch (outcome.kind) {
        case 'unlocked':
          return onUnlocked();
        case 'wrong-pin':
          return showError(describeWrongPin(outcome.triesLeft));
        case 'locked-out':
          // The countdown is the message from now on; once it ends, the box is clear again.
          setLockedUntil(Date.parse(outcome.until));
          return showError(undefined);
        case 'no-pin':
          return showError(noPinMessage);
      }
    } catch {
      showError(failedCheckMessage);
    } finally {
      isChecking.current = false;
    }
  };

  return (
    <>
      <h1>Unlock Wardside</h1>
      <p>Staff screens show what patients and relatives said, so they are locked until you enter the PIN.</p>
      <form onSubmit={submit} noValidate>
        <FormField
          controlId={pinId}
          label="Staff PIN"
          isLabelLarge
          hint="The ward’s PIN for staff, from the ward manager."
          error={message}
        >
          <input
            ref={pinBox}
            className={`nhsuk-input nhsuk-input--width-10${message ? ' nhsuk-input--error' : ''}`}
            id={pinId}
            name="pin"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            aria-describedby={message ? `${hintId} ${errorId}` : hintId}
            aria-invalid={message ? true : undefined}
            onChange={(event) => setPin(event.target.value)}
          />
        </FormField>
        <button className="nhsuk-button" type="submit" disabled={isLockedOut}>
          Unlock
        </button>
      </form>
    </>
  );
}
