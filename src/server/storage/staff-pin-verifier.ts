// The ward's staff PIN, kept and handed out only as a PBKDF2-SHA256 verifier (protocol
// `staffPinVerifierSchema`). Tablets check a typed PIN against it with no network. A 4–8 digit PIN
// has at most 10^8 values, so the verifier slows guessing down (OWASP's 2023 advice for
// PBKDF2-SHA256 is 600,000 iterations for passwords; tablets must verify in about a second, hence
// 210,000) but cannot make a stolen verifier safe: the lockout on the tablet does the rest.
import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { StaffPinVerifier } from '../../sync/protocol';

const pbkdf2Async = promisify(pbkdf2);

export const STAFF_PIN_ITERATIONS = 210_000;
const SALT_BYTES = 16;
const HASH_BYTES = 32;

/** 4 to 8 digits, nothing else. */
export const isValidStaffPin = (pin: string): boolean => /^\d{4,8}$/.test(pin);

export const staffPinRule = 'The PIN must be 4 to 8 digits.';

const derive = (pin: string, salt: Buffer, iterations: number) =>
  pbkdf2Async(Buffer.from(pin, 'utf8'), salt, iterations, HASH_BYTES, 'sha256');

/** Makes the verifier of a PIN with a fresh salt. Check the PIN with {@link isValidStaffPin} first. */
export const createStaffPinVerifier = async (pin: string): Promise<StaffPinVerifier> => {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(pin, salt, STAFF_PIN_ITERATIONS);
  return {
    algorithm: 'PBKDF2-SHA256',
    iterations: STAFF_PIN_ITERATIONS,
    salt: salt.toString('hex'),
    hash: hash.toString('hex'),
  };
};

/** Whether `pin` matches the verifier, as a tablet would check it. */
export const verifyStaffPin = async (pin: string, verifier: StaffPinVerifier): Promise<boolean> => {
  const expected = Buffer.from(verifier.hash, 'hex');
  const actual = await derive(pin, Buffer.from(verifier.salt, 'hex'), verifier.iterations);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
};
