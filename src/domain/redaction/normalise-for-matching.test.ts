import { describe, expect, it } from 'vitest';
import { normaliseForMatching, toOriginalRange } from './normalise-for-matching';

describe('normaliseForMatching', () => {
  it('maps full-width ASCII and digits of other scripts to ASCII', () => {
    expect(normaliseForMatching('\uff10\uff19 \uff2c\uff33\uff11 j\uff20x').text).toBe('09 LS1 j@x');
    expect(normaliseForMatching('\u0660\u0669 \u06f4 \u0966\u096f \u09e7 \u0a68 \u0aeb').text).toBe(
      '09 4 09 1 2 5',
    );
  });

  it('reads unusual spaces as a space, dashes as a hyphen and curly apostrophes as straight ones', () => {
    expect(normaliseForMatching('1\u00a02\u202f3\u20074\u20095\u30006').text).toBe('1 2 3 4 5 6');
    expect(normaliseForMatching('1\u20102\u20113\u20124\u20135\u20146\u22127').text).toBe('1-2-3-4-5-6-7');
    expect(normaliseForMatching('O\u2019Brien O\u2018Neil').text).toBe("O'Brien O'Neil");
  });

  it('drops invisible characters and keeps the index of each character it keeps', () => {
    const normalised = normaliseForMatching('\ufeff9\u200b4\u200c3\u200d\u2060\u00ad4\u202e\u2066x');
    expect(normalised.text).toBe('9434x');
    expect(normalised.originalIndex).toEqual([1, 3, 5, 9, 12]);
  });

  it('keeps letters, case, tabs, line breaks and characters outside the basic plane as they are', () => {
    const text = 'Zoë\tÅSA\n😀 Ünal';
    expect(normaliseForMatching(text)).toEqual({
      text,
      originalIndex: Array.from({ length: text.length }, (_, index) => index),
    });
  });
});

describe('toOriginalRange', () => {
  it('maps a range back, taking invisible characters inside it and leaving those around it', () => {
    const normalised = normaliseForMatching('a \u200b9\u200b4\u200b b');
    expect(normalised.text).toBe('a 94 b');
    expect(toOriginalRange(normalised, 2, 4)).toEqual({ start: 3, end: 6 });
  });

  it('refuses an empty range or one outside the text', () => {
    const normalised = normaliseForMatching('abc');
    expect(() => toOriginalRange(normalised, 1, 1)).toThrow(RangeError);
    expect(() => toOriginalRange(normalised, 2, 4)).toThrow(RangeError);
  });
});
