import { describe, expect, it } from 'vitest';
import {
  MAX_WRONG_PIN_TRIES,
  NO_PIN_LOCKOUT,
  PIN_LOCKOUT_MS,
  lockedUntil,
  recordPinAttempt,
  triesLeft,
} from './staff-pin-lockout';

const start = Date.UTC(2025, 0, 31, 9, 0);

describe('staff PIN lockout', () => {
  it('locks for 5 minutes after 5 wrong PINs in a row, then gives 5 tries again', () => {
    let lockout = NO_PIN_LOCKOUT;
    for (let attempt = 1; attempt < MAX_WRONG_PIN_TRIES; attempt += 1) {
      lockout = recordPinAttempt(lockout, false, start);
      expect(triesLeft(lockout)).toBe(MAX_WRONG_PIN_TRIES - attempt);
      expect(lockedUntil(lockout, start)).toBeNull();
    }
    lockout = recordPinAttempt(lockout, false, start);
    expect(lockedUntil(lockout, start)).toBe(new Date(start + PIN_LOCKOUT_MS).toISOString());
    expect(lockedUntil(lockout, start + PIN_LOCKOUT_MS - 1)).not.toBeNull();
    expect(lockedUntil(lockout, start + PIN_LOCKOUT_MS)).toBeNull();
    expect(triesLeft(lockout)).toBe(MAX_WRONG_PIN_TRIES);
  });

  it('clears the count on a right PIN', () => {
    const twoWrong = recordPinAttempt(recordPinAttempt(NO_PIN_LOCKOUT, false, start), false, start);
    expect(recordPinAttempt(twoWrong, true, start)).toEqual(NO_PIN_LOCKOUT);
  });
});
