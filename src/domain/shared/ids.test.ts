import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_UUID_V7_TIMESTAMP, createUuidV7, isUuidV7, uuidV7Timestamp } from './ids';

const bytesArbitrary = fc.uint8Array({ minLength: 10, maxLength: 10 });
const timeArbitrary = fc.integer({ min: 0, max: MAX_UUID_V7_TIMESTAMP });

describe('createUuidV7', () => {
  it('writes the canonical 8-4-4-4-12 lower-case hex form', () => {
    const id = createUuidV7(1_732_550_400_000, new Uint8Array(10).fill(0xab));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    // 1_732_550_400_000 ms is 0x0193640d1800.
    expect(id).toBe('0193640d-1800-7bab-abab-abababababab');
  });

  it('puts the time first, then version 7 and variant 0b10, whatever the random bytes', () => {
    fc.assert(
      fc.property(timeArbitrary, bytesArbitrary, (time, bytes) => {
        const id = createUuidV7(time, bytes);
        expect(id[14]).toBe('7');
        expect(['8', '9', 'a', 'b']).toContain(id[19]);
        expect(isUuidV7(id)).toBe(true);
      }),
    );
  });

  it('keeps the random bytes it has room for', () => {
    const id = createUuidV7(0, Uint8Array.from([0xff, 0x11, 0xff, 1, 2, 3, 4, 5, 6, 7]));
    expect(id).toBe('00000000-0000-7f11-bf01-020304050607');
  });

  it('sorts as a string in the order of its time', () => {
    fc.assert(
      fc.property(timeArbitrary, timeArbitrary, bytesArbitrary, bytesArbitrary, (a, b, bytesA, bytesB) => {
        fc.pre(a !== b);
        const isEarlierId = createUuidV7(a, bytesA) < createUuidV7(b, bytesB);
        expect(isEarlierId).toBe(a < b);
      }),
    );
  });

  it('round-trips its time through uuidV7Timestamp, up to the 48-bit limit', () => {
    fc.assert(
      fc.property(timeArbitrary, bytesArbitrary, (time, bytes) => {
        expect(uuidV7Timestamp(createUuidV7(time, bytes))).toBe(time);
      }),
    );
    expect(uuidV7Timestamp(createUuidV7(MAX_UUID_V7_TIMESTAMP, new Uint8Array(10)))).toBe(
      MAX_UUID_V7_TIMESTAMP,
    );
  });

  it('refuses times it cannot hold and too few random bytes', () => {
    const bytes = new Uint8Array(10);
    for (const time of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_UUID_V7_TIMESTAMP + 1]) {
      expect(() => createUuidV7(time, bytes)).toThrow(RangeError);
    }
    expect(() => createUuidV7(0, new Uint8Array(9))).toThrow(RangeError);
  });
});

describe('isUuidV7', () => {
  it('refuses other versions, other variants, upper case, braces and non-strings', () => {
    const valid = '01936393-a000-7bab-abab-abababababab';
    expect(isUuidV7(valid)).toBe(true);
    for (const value of [
      '01936393-a000-4bab-abab-abababababab', // version 4
      '01936393-a000-7bab-cbab-abababababab', // variant 0b110
      valid.toUpperCase(),
      `{${valid}}`,
      valid.replaceAll('-', ''),
      '',
      42,
      null,
      undefined,
    ]) {
      expect(isUuidV7(value)).toBe(false);
    }
  });
});

describe('uuidV7Timestamp', () => {
  it('refuses anything that is not a UUIDv7', () => {
    expect(() => uuidV7Timestamp('not-an-id')).toThrow(RangeError);
    expect(() => uuidV7Timestamp('01936393-a000-4bab-abab-abababababab')).toThrow(RangeError);
  });
});
