import { use, useEffect, useRef, useState, type FormEvent } from 'react';
import { useNow } from '../../components/use-now';
import { useMessages } from './i18n/kiosk-i18n';
import { kioskMessages } from './kiosk-messages';
import type { LoadKioskServices } from './kiosk-services';

type StaffPinStepProps = {
  loadServices: LoadKioskServices;
  onUnlocked: () => void;
  onBack: () => void;
};

const PIN_ID = 'kiosk-staff-pin';
const ERROR_ID = `${PIN_ID}-error`;

/**
 * The way out of kiosk mode: the ward's staff PIN, checked on the tablet (it works offline), with
 * the lockout after five wrong tries that a reload does not undo. The PIN is never kept: it lives
 * in this step's state, which goes when the step does.
 */
export function StaffPinStep({ loadServices, onUnlocked, onBack }: StaffPinStepProps) {
  const t = useMessages(kioskMessages);
  const { checkStaffPin, readStaffLockout } = use(loadServices());
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string>();
  const [lockedUntil, setLockedUntil] = useState<number>();
  const isChecking = useRef(false);
  const pinBox = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const now = useNow(1000).getTime();

  useEffect(() => {
    heading.current?.focus();
  }, []);

  useEffect(() => {
    let isCurrent = true;
    readStaffLockout()
      .then((until) => {
        if (isCurrent && until) setLockedUntil(Date.parse(until));
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [readStaffLockout]);

  const remainingMs = lockedUntil === undefined ? 0 : lockedUntil - now;
  const isLockedOut = remainingMs > 0;
  const minutesLeft = Math.ceil(remainingMs / 60_000);
  const message = isLockedOut ? t.lockedOut(minutesLeft) : error;

  const showError = (text: string | undefined) => {
    setError(text);
    setPin('');
    pinBox.current?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isChecking.current || isLockedOut) return;
    if (pin === '') return showError(t.enterPin);
    isChecking.current = true;
    try {
      const outcome = await checkStaffPin(pin);
      switch (outcome.kind) {
        case 'unlocked':
          return onUnlocked();
        case 'wrong-pin':
          return showError(t.wrongPin(outcome.triesLeft));
        case 'locked-out':
          // The countdown is the message from now on; once it ends, the box is clear again.
          setLockedUntil(Date.parse(outcome.until));
          return showError(undefined);
        case 'no-pin':
          return showError(t.noPinOnTablet);
      }
    } catch {
      showError(t.enterPin);
    } finally {
      isChecking.current = false;
    }
  };

  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {t.staff}
      </h1>
      <form onSubmit={submit} noValidate>
        <div className={`nhsuk-form-group${message ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label nhsuk-label--m" htmlFor={PIN_ID}>
            {t.staffPin}
          </label>
          {message && (
            <p className="nhsuk-error-message" id={ERROR_ID}>
              <span className="nhsuk-u-visually-hidden">{t.errorPrefix}</span> <span>{message}</span>
            </p>
          )}
          <input
            ref={pinBox}
            className={`nhsuk-input nhsuk-input--width-10${message ? ' nhsuk-input--error' : ''}`}
            id={PIN_ID}
            name="pin"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            disabled={isLockedOut}
            aria-describedby={message ? ERROR_ID : undefined}
            aria-invalid={message ? true : undefined}
            onChange={(event) => setPin(event.target.value)}
          />
        </div>
        <button className="nhsuk-button" type="submit" disabled={isLockedOut}>
          {t.unlock}
        </button>
      </form>
      <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onBack}>
        {t.backToFeedback}
      </button>
    </>
  );
}
