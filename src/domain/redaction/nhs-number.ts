/**
 * The NHS number's modulus 11 check (NHS Data Dictionary): digits 1–9 are weighted 10 down to 2, the
 * check digit is 11 minus the weighted sum modulo 11, 11 becomes 0, and a result of 10 means no NHS
 * number starts with those nine digits.
 */

const digitValue = (digits: string, index: number): number => digits.charCodeAt(index) - 0x30;

/**
 * The check digit for the first nine digits of `digits` (ASCII), or `null` when the modulus 11
 * result is 10, so that no valid NHS number begins with them.
 */
export const nhsCheckDigit = (digits: string): number | null => {
  let sum = 0;
  for (let index = 0; index < 9; index += 1) sum += digitValue(digits, index) * (10 - index);
  const check = 11 - (sum % 11);
  if (check === 10) return null;
  return check === 11 ? 0 : check;
};

/** Whether `digits` is exactly ten ASCII digits whose last is the modulus 11 check digit. */
export const isValidNhsNumber = (digits: string): boolean =>
  /^[0-9]{10}$/.test(digits) && nhsCheckDigit(digits) === digitValue(digits, 9);
