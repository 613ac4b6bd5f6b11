import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from './find-phone-numbers';

const written = (text: string): string[] =>
  findPhoneNumbers(text).map((found) => `${found.kind}:${text.slice(found.start, found.end)}`);

describe('findPhoneNumbers', () => {
  it('finds national numbers grouped with spaces, dashes, dots and brackets', () => {
    for (const number of [
      '01134960000',
      '0113 496 0000',
      '(0113) 496 0000',
      '020-7946-0000',
      '07700.900.000',
      '0800 800150',
    ]) {
      expect(written(`call ${number} today`)).toEqual([`phone-number:${number}`]);
    }
  });

  it('finds +44 and 0044 numbers, with or without (0) or a stray trunk 0', () => {
    for (const number of [
      '+44 20 7946 0000',
      '+44 (0)20 7946 0000',
      '+44(0)7700900000',
      '0044 113 496 0000',
      '+44 07700 900000',
      '(+44) 161 496 0000',
      '+44 (20) 7123 4567',
    ]) {
      expect(written(`call ${number}.`)).toContain(`phone-number:${number}`);
    }
  });

  it('finds any number written with + and a country code', () => {
    expect(written('ring +1 (415) 555-0132 or +33 1 23 45 67 89')).toEqual([
      'phone-number:+1 (415) 555-0132',
      'phone-number:+33 1 23 45 67 89',
    ]);
  });

  it('leaves short numbers, numbers inside longer ones and numbers stuck to words', () => {
    for (const text of [
      '111',
      '999',
      '0800 1111',
      '011349600001',
      'ref07700900000',
      '0013 496 0000',
      '0413 496 0000',
    ]) {
      expect(written(text)).toEqual([]);
    }
  });

  it('calls a national 10-digit number an NHS number when it passes modulus 11 or follows "NHS"', () => {
    expect(written('0123456789')).toEqual(['nhs-number:0123456789']);
    expect(written('NHS number 0123456788')).toEqual(['nhs-number:0123456788']);
    expect(written('0123456788')).toEqual(['phone-number:0123456788']);
  });
});
