import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeVarints, encodeBase64, encodeVarints } from './packed-integers';

const bytesOf = (text: string) => Uint8Array.from(text, (character) => character.charCodeAt(0));

describe('base64', () => {
  it('matches the RFC 4648 test vectors', () => {
    const vectors = ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'];
    const expected = ['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy'];
    expect(vectors.map((vector) => encodeBase64(bytesOf(vector)))).toEqual(expected);
    expect(expected.map((text) => Array.from(decodeBase64(text) ?? []))).toEqual(
      vectors.map((vector) => Array.from(bytesOf(vector))),
    );
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
      }),
    );
  });

  it.each(['abc', 'ab$=', '=abc', 'a===', 'ab=c'])('refuses %j', (text) => {
    expect(decodeBase64(text)).toBeUndefined();
  });
});

describe('varints', () => {
  it('writes unsigned LEB128', () => {
    expect(Array.from(encodeVarints([0, 127, 128, 300, 2 ** 32 - 1]))).toEqual([
      0, 127, 128, 1, 172, 2, 255, 255, 255, 255, 15,
    ]);
  });

  it('round-trips any unsigned 32-bit numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2 ** 32 - 1 })), (numbers) => {
        expect(decodeVarints(encodeVarints(numbers))).toEqual(numbers);
      }),
    );
  });

  it('refuses bytes that end inside a number', () => {
    expect(decodeVarints(Uint8Array.from([1, 128]))).toBeUndefined();
  });
});
