/**
 * The staff PIN lockout policy, as pure functions over the stored state: five wrong PINs in a row
 * lock entry for five minutes, after which there are five tries again. A right PIN clears the count.
 * A 4–8 digit PIN is guessable offline from its verifier only with the tablet in hand; this keeps a
 * passer-by at the kiosk from trying PINs one after another.
 */
import type { StaffPinLockout } from '../data/sync-state-repository';

export const MAX_WRONG_PIN_TRIES = 5;
export const PIN_LOCKOUT_MS = 5 * 60 * 1000;

export const NO_PIN_LOCKOUT: StaffPinLockout = { failedAttempts: 0, lockedUntil: null };

/** Until when entry is locked, or `null` when a PIN may be tried now. */
export const lockedUntil = (lockout: StaffPinLockout, nowMs: number): string | null =>
  lockout.lockedUntil !== null && Date.parse(lockout.lockedUntil) > nowMs ? lockout.lockedUntil : null;

/** Wrong tries left before the next lockout. */
export const triesLeft = (lockout: StaffPinLockout): number =>
  Math.max(0, MAX_WRONG_PIN_TRIES - lockout.failedAttempts);

/** The state after a PIN was checked (only call this when not locked). */
export const recordPinAttempt = (
  lockout: StaffPinLockout,
  isCorrect: boolean,
  nowMs: number,
): StaffPinLockout => {
  if (isCorrect) return NO_PIN_LOCKOUT;
  const failedAttempts = lockout.failedAttempts + 1;
  if (failedAttempts < MAX_WRONG_PIN_TRIES) return { failedAttempts, lockedUntil: null };
  return { failedAttempts: 0, lockedUntil: new Date(nowMs + PIN_LOCKOUT_MS).toISOString() };
};
