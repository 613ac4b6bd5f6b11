import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { describedByOf } from './field-messages';
import { FormField } from './form-field';
import { useNow } from './use-now';

/** What checking a typed PIN found. */
export type PinCheckOutcome =
  | { kind: 'unlocked' }
  | { kind: 'wrong-pin'; triesLeft: number }
  /** Too many wrong tries: no PIN is checked before `until` (an ISO date-time). */
  | { kind: 'locked-out'; until: string }
  /** There is no PIN to check against on this device yet. */
  | { kind: 'no-pin' };

/** Checks a typed PIN, counting wrong tries; rejects when it could not check (storage failed). */
export type CheckPin = (pin: string) => Promise<PinCheckOutcome>;

/** When a lockout from earlier (before a reload) still runs, as an ISO date-time, else `null`. */
export type ReadPinLockout = () => Promise<string | null>;

/** Every word the form shows, in the caller's language. */
export type PinFormMessages = {
  label: string;
  hint?: ReactNode;
  submit: string;
  /** Read out before an error; visually hidden. */
  errorPrefix?: string;
  emptyPin: string;
  wrongPin: (triesLeft: number) => string;
  /** The countdown while a lockout runs. */
  lockedOut: (remainingMilliseconds: number) => string;
  noPin: string;
  /** The check itself failed: not the person's fault, so never worded as a wrong or missing PIN. */
  checkFailed: string;
};

type PinFormProps = {
  /** The PIN box's id; its hint and error ids derive from it. */
  id: string;
  messages: PinFormMessages;
  checkPin: CheckPin;
  /** A lockout that began before this form (another screen, a reload) still counts. */
  readLockout?: ReadPinLockout;
  onUnlocked: () => void;
};

/**
 * A PIN box and its submit button, with the lockout's countdown as the error while it runs. The
 * PIN lives only in this form's state, and the box is cleared and focused after every refusal.
 *
 * During a lockout nothing is disabled (GOV.UK and NHS.UK advise against it: a disabled control is
 * skipped by the keyboard, unread by many screen readers and says nothing of why). The box and the
 * button stay usable; a try is refused without checking the PIN, with the countdown as its error.
 */
export function PinForm({ id, messages, checkPin, readLockout, onUnlocked }: PinFormProps) {
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
  const message = isLockedOut ? messages.lockedOut(lockedUntil - now) : error;

  const showError = (text: string | undefined) => {
    setError(text);
    setPin('');
    pinBox.current?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isChecking.current) return;
    // No PIN is checked before the lockout ends, not even the right one. The countdown is already
    // the error; clearing and focusing the box says the try was refused, as after a wrong PIN.
    if (isLockedOut) return showError(undefined);
    if (pin === '') return showError(messages.emptyPin);
    isChecking.current = true;
    try {
      const outcome = await checkPin(pin);
      switch (outcome.kind) {
        case 'unlocked':
          return onUnlocked();
        case 'wrong-pin':
          return showError(messages.wrongPin(outcome.triesLeft));
        case 'locked-out':
          // The countdown is the message from now on; once it ends, the box is clear again.
          setLockedUntil(Date.parse(outcome.until));
          return showError(undefined);
        case 'no-pin':
          return showError(messages.noPin);
      }
    } catch {
      showError(messages.checkFailed);
    } finally {
      isChecking.current = false;
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormField
        controlId={id}
        label={messages.label}
        isLabelLarge
        hint={messages.hint}
        error={message}
        errorPrefix={messages.errorPrefix}
      >
        <input
          ref={pinBox}
          className={`nhsuk-input nhsuk-input--width-10${message ? ' nhsuk-input--error' : ''}`}
          id={id}
          name="pin"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          value={pin}
          aria-describedby={describedByOf(id, { hint: messages.hint, error: message })}
          aria-invalid={message ? true : undefined}
          onChange={(event) => setPin(event.target.value)}
        />
      </FormField>
      <button className="nhsuk-button" type="submit">
        {messages.submit}
      </button>
    </form>
  );
}
