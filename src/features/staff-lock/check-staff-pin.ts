import type { CheckPin, PinCheckOutcome as PinFormOutcome, ReadPinLockout } from '../../components/pin-form';

/**
 * What checking a typed staff PIN found; `no-pin`: the ward has no staff PIN on this tablet yet
 * (none set, or not synced since it was set).
 */
export type PinCheckOutcome = PinFormOutcome;

/**
 * Checks a PIN against the ward's verifier, counting wrong tries. The app composes the real one
 * (the sync engine's `verifyStaffPin` with its lockout); tests pass their own.
 */
export type CheckStaffPin = CheckPin;

/** When a lockout from earlier (before a reload) still runs, as an ISO date-time, else null. */
export type ReadStaffLockout = ReadPinLockout;
