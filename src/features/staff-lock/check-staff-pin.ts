/** What checking a typed staff PIN found. */
export type PinCheckOutcome =
  | { kind: 'unlocked' }
  | { kind: 'wrong-pin'; triesLeft: number }
  /** Too many wrong tries: no PIN is checked before `until` (an ISO date-time). */
  | { kind: 'locked-out'; until: string }
  /** The ward has no staff PIN on this tablet yet (none set, or not synced since it was set). */
  | { kind: 'no-pin' };

/**
 * Checks a PIN against the ward's verifier, counting wrong tries. The app composes the real one
 * (the sync engine's `verifyStaffPin` with its lockout); tests pass their own.
 */
export type CheckStaffPin = (pin: string) => Promise<PinCheckOutcome>;

/** When a lockout from earlier (before a reload) still runs, as an ISO date-time, else null. */
export type ReadStaffLockout = () => Promise<string | null>;
