// Device tokens and enrolment codes: made from crypto.randomBytes and stored only as SHA-256 hashes
// (SPEC DEV-1), so a copy of the database lets nobody sync as a device or enrol one. A plain hash is
// enough (no salt, no slow hash): both secrets are long random strings, not something guessable.
import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes: 256 bits, as 43 base64url characters. */
const TOKEN_BYTES = 32;

/** Letters and digits nobody confuses when reading a tablet screen or a sheet of paper: no 0/O, 1/I/L. */
export const ENROLMENT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** 10 characters of 31: about 49 bits, plenty for a code that works once within 15 minutes. */
export const ENROLMENT_CODE_LENGTH = 10;

/** A new device token, shown to the device once. */
export const createDeviceToken = (): string => randomBytes(TOKEN_BYTES).toString('base64url');

/** The SHA-256 of a token or normalised code, as stored. */
export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret, 'utf8').digest('hex');

/** A new enrolment code, unformatted (see {@link formatEnrolmentCode}). */
export const createEnrolmentCode = (): string => {
  const alphabetSize = ENROLMENT_CODE_ALPHABET.length;
  // Rejection sampling: bytes at or above the largest multiple of the alphabet size are skipped, so
  // every character is equally likely.
  const limit = 256 - (256 % alphabetSize);
  let code = '';
  while (code.length < ENROLMENT_CODE_LENGTH) {
    for (const byte of randomBytes(ENROLMENT_CODE_LENGTH * 2)) {
      if (byte < limit && code.length < ENROLMENT_CODE_LENGTH)
        code += ENROLMENT_CODE_ALPHABET[byte % alphabetSize];
    }
  }
  return code;
};

/** Groups a code in fives for reading aloud and typing: `ABCDE-FGHJK`. */
export const formatEnrolmentCode = (code: string): string => code.match(/.{1,5}/g)?.join('-') ?? code;

/** What people type, as the code was made: upper case, without spaces or hyphens. */
export const normaliseEnrolmentCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');
