/**
 * Checking a typed staff PIN on the tablet, with no network, against the ward's PBKDF2-SHA256
 * verifier that sync keeps up to date (`refreshWard`), under the lockout policy of
 * staff-pin-lockout.ts. WebCrypto does the slow hash (browsers and Node 20 alike); the PIN is never
 * stored or logged.
 */
import type { WardsideDatabase } from '../data/db';
import { readEnrolment, readStaffPinLockout, writeStaffPinLockout } from '../data/sync-state-repository';
import type { StaffPinVerifier } from './protocol';
import { lockedUntil, recordPinAttempt, triesLeft } from './staff-pin-lockout';

/** What checking a PIN found (the shape the staff lock screen words). */
export type StaffPinCheck =
  | { kind: 'unlocked' }
  | { kind: 'wrong-pin'; triesLeft: number }
  | { kind: 'locked-out'; until: string }
  | { kind: 'no-pin' };

const bytesOfHex = (hex: string): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(Math.floor(hex.length / 2));
  for (let index = 0; index < bytes.length; index += 1) {
    bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  }
  return bytes;
};

/** Compares every byte whatever the first difference, so timing says nothing about the hash. */
const isSameBytes = (a: Uint8Array, b: Uint8Array): boolean => {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  return difference === 0;
};

/** Whether `pin` matches the verifier: PBKDF2-SHA256 of its UTF-8 bytes with the verifier's salt and iterations. */
export const verifyStaffPin = async (
  pin: string,
  verifier: StaffPinVerifier,
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<boolean> => {
  const expected = bytesOfHex(verifier.hash);
  const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const derived = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: bytesOfHex(verifier.salt), iterations: verifier.iterations },
    key,
    expected.length * 8,
  );
  return isSameBytes(new Uint8Array(derived), expected);
};

/** Until when PIN entry is locked (after a reload too), or `null`. */
export const readStaffPinLockedUntil = async ({ db, now }: { db: WardsideDatabase; now: () => Date }) =>
  lockedUntil(await readStaffPinLockout(db), now().getTime());

/** Checks a typed PIN against the ward's verifier on this tablet, counting wrong tries. */
export const checkStaffPin = async ({
  db,
  pin,
  now,
}: {
  db: WardsideDatabase;
  pin: string;
  now: () => Date;
}): Promise<StaffPinCheck> => {
  const verifier = (await readEnrolment(db))?.staffPin ?? null;
  if (verifier === null) return { kind: 'no-pin' };
  const lockout = await readStaffPinLockout(db);
  const until = lockedUntil(lockout, now().getTime());
  if (until !== null) return { kind: 'locked-out', until };
  const isCorrect = await verifyStaffPin(pin, verifier);
  const next = recordPinAttempt(lockout, isCorrect, now().getTime());
  await writeStaffPinLockout(db, next);
  if (isCorrect) return { kind: 'unlocked' };
  return next.lockedUntil === null
    ? { kind: 'wrong-pin', triesLeft: triesLeft(next) }
    : { kind: 'locked-out', until: next.lockedUntil };
};
