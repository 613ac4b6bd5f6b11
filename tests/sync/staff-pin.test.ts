import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { saveEnrolment } from '../../src/data/sync-state-repository';
import { createTestEnvironment, openTestDatabase, testEnrolment } from '../../src/data/testing/test-database';
import type { StaffPinVerifier } from '../../src/sync/protocol';
import { checkStaffPin, readStaffPinLockedUntil, verifyStaffPin } from '../../src/sync/staff-pin';
import { PIN_LOCKOUT_MS } from '../../src/sync/staff-pin-lockout';

/** A verifier made as the server makes one (staff-pin-verifier.ts), with the fewest iterations the protocol allows. */
const makeVerifier = (pin: string): StaffPinVerifier => {
  const salt = randomBytes(16);
  return {
    algorithm: 'PBKDF2-SHA256',
    iterations: 100_000,
    salt: salt.toString('hex'),
    hash: pbkdf2Sync(Buffer.from(pin, 'utf8'), salt, 100_000, 32, 'sha256').toString('hex'),
  };
};

describe('verifyStaffPin', () => {
  it('accepts the PIN the verifier was made from and nothing else', async () => {
    const verifier = makeVerifier('2468');
    expect(await verifyStaffPin('2468', verifier)).toBe(true);
    expect(await verifyStaffPin('2469', verifier)).toBe(false);
    expect(await verifyStaffPin('', verifier)).toBe(false);
  });
});

describe('checkStaffPin', () => {
  const setUp = async (verifier: StaffPinVerifier | null) => {
    const db = openTestDatabase('staff-pin');
    await saveEnrolment(db, { ...testEnrolment(1), staffPin: verifier }, 'epoch-1');
    return { db, environment: createTestEnvironment() };
  };

  it('says when the ward has no PIN on this tablet', async () => {
    const { db, environment } = await setUp(null);
    expect(await checkStaffPin({ db, pin: '1234', now: environment.now })).toEqual({ kind: 'no-pin' });
  });

  it('counts wrong tries, locks after five for 5 minutes (kept across a reload), and unlocks after', async () => {
    const { db, environment } = await setUp(makeVerifier('2468'));
    const results = [];
    for (let attempt = 0; attempt < 5; attempt += 1)
      results.push(await checkStaffPin({ db, pin: '0000', now: environment.now }));
    const until = new Date(environment.now().getTime() + PIN_LOCKOUT_MS).toISOString();
    expect(results).toEqual([
      { kind: 'wrong-pin', triesLeft: 4 },
      { kind: 'wrong-pin', triesLeft: 3 },
      { kind: 'wrong-pin', triesLeft: 2 },
      { kind: 'wrong-pin', triesLeft: 1 },
      { kind: 'locked-out', until },
    ]);
    // Even the right PIN is not checked while locked.
    expect(await checkStaffPin({ db, pin: '2468', now: environment.now })).toEqual({
      kind: 'locked-out',
      until,
    });
    expect(await readStaffPinLockedUntil({ db, now: environment.now })).toBe(until);

    environment.advance(PIN_LOCKOUT_MS);
    expect(await readStaffPinLockedUntil({ db, now: environment.now })).toBeNull();
    expect(await checkStaffPin({ db, pin: '2468', now: environment.now })).toEqual({ kind: 'unlocked' });
  });
});
