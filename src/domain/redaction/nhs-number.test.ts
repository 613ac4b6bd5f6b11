import { describe, expect, it } from 'vitest';
import { nhsNumbers } from './fixtures/identifier-vectors';
import { isValidNhsNumber, nhsCheckDigit } from './nhs-number';

describe('isValidNhsNumber', () => {
  it.each(nhsNumbers)('$digits is $recomputed_mod11_valid ($note)', (row) => {
    const isValid = row.recomputed_mod11_valid === 'true';
    expect(isValidNhsNumber(row.digits ?? '')).toBe(isValid);
    if (row.expected_checksum_valid_per_source !== '') {
      expect(String(isValid)).toBe(row.expected_checksum_valid_per_source);
    }
  });

  it('takes only ten ASCII digits', () => {
    for (const input of ['', '943476591', '94347659190', '943 476 5919', '\uff19434765919', '943476591x']) {
      expect(isValidNhsNumber(input)).toBe(false);
    }
  });
});

describe('nhsCheckDigit', () => {
  it('gives 0 when 11 minus the remainder is 11, and null when it is 10', () => {
    expect(nhsCheckDigit('999100010')).toBe(0);
    expect(nhsCheckDigit('999123456')).toBeNull();
    expect(nhsCheckDigit('943476591')).toBe(9);
  });
});
