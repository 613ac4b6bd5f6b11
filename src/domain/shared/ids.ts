/**
 * UUIDv7 identifiers (RFC 9562 §5.7), made on the device that creates a record. The first 48 bits are
 * the Unix time in milliseconds, so ids made in different milliseconds sort by creation time as
 * plain strings; ids from the same millisecond sort randomly among themselves.
 */

/** How many random bytes {@link createUuidV7} needs (74 of their 80 bits are used). */
export const UUID_V7_RANDOM_BYTE_COUNT = 10;

/** The largest time a UUIDv7 can hold: 2^48 − 1 milliseconds after the Unix epoch (year 10889). */
export const MAX_UUID_V7_TIMESTAMP = 2 ** 48 - 1;

const uuidV7Pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const toHex = (byte: number): string => byte.toString(16).padStart(2, '0');

/**
 * Makes a UUIDv7 in canonical lower-case form.
 *
 * @param nowMs - milliseconds since the Unix epoch, an integer from 0 to {@link MAX_UUID_V7_TIMESTAMP}
 * @param randomBytes - at least {@link UUID_V7_RANDOM_BYTE_COUNT} bytes from a secure random source
 * @throws RangeError when the time is out of range or too few random bytes are given (programmer errors)
 */
export const createUuidV7 = (nowMs: number, randomBytes: Uint8Array): string => {
  if (!Number.isInteger(nowMs) || nowMs < 0 || nowMs > MAX_UUID_V7_TIMESTAMP) {
    throw new RangeError('createUuidV7 needs an integer millisecond time between 0 and 2^48 - 1.');
  }
  if (randomBytes.length < UUID_V7_RANDOM_BYTE_COUNT) {
    throw new RangeError(`createUuidV7 needs ${UUID_V7_RANDOM_BYTE_COUNT} random bytes.`);
  }
  const bytes = new Uint8Array(16);
  // Big-endian 48-bit time. Division, not bit shifts: JavaScript shifts truncate to 32 bits.
  let time = nowMs;
  for (let index = 5; index >= 0; index -= 1) {
    bytes[index] = time % 256;
    time = Math.floor(time / 256);
  }
  const random = (index: number): number => randomBytes[index] ?? 0;
  bytes[6] = 0x70 | (random(0) & 0x0f); // version 7 in the high nibble
  bytes[7] = random(1);
  bytes[8] = 0x80 | (random(2) & 0x3f); // variant 0b10 in the two high bits
  for (let index = 9; index < 16; index += 1) {
    bytes[index] = random(index - 6);
  }
  const hex = Array.from(bytes, toHex).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/**
 * Whether a value is a canonical (lower-case, hyphenated) UUID with version 7 and the RFC 9562 variant.
 * Upper-case forms are refused so that one id has exactly one spelling in indexes and on the wire.
 */
export const isUuidV7 = (value: unknown): value is string =>
  typeof value === 'string' && uuidV7Pattern.test(value);

/**
 * The creation time, in Unix milliseconds, held in a UUIDv7.
 *
 * @throws RangeError when `id` is not a canonical UUIDv7 (check with {@link isUuidV7} at boundaries)
 */
export const uuidV7Timestamp = (id: string): number => {
  if (!isUuidV7(id)) {
    throw new RangeError('uuidV7Timestamp needs a canonical UUIDv7.');
  }
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
};
