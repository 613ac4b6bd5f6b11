/**
 * UK phone numbers in national form (01/02/03/05/07/08/09 and 10 or 11 digits) and with +44 or 0044,
 * with or without "(0)", and any number written with a leading "+" and a country code. Digits may be
 * grouped with spaces, dashes, dots and brackets, as people write them: "(0113) 496 0000",
 * "+44 (0)20 7946 0000", "07700-900-000".
 *
 * Short numbers (999, 111, 101) and 8-digit helplines (0800 1111) are not personal, so they are
 * left. A national-looking 10-digit number that passes the NHS modulus 11 check, or follows the word
 * "NHS", is reported as an NHS number: "0123456789" is a valid NHS number, and both are removed anyway.
 */
import type { FoundIdentifier } from './identifier';
import { hasNhsCueBefore } from './nhs-cue';
import { isValidNhsNumber } from './nhs-number';

// Up to three of these between any two digits. Separators and digits never overlap, so each
// repetition below can backtrack at most three steps: matching stays linear.
const SEPARATOR = '[ \\t.\\-()]';
const MORE_DIGITS = (min: number, max: number): string => `(?:${SEPARATOR}{0,3}[0-9]){${min},${max}}`;
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_DIGIT = '(?![0-9])';

const national = new RegExp(
  `(?<![\\p{L}\\p{N}+])\\(?0${SEPARATOR}{0,3}[1235789]${MORE_DIGITS(8, 9)}${NOT_BEFORE_DIGIT}`,
  'gu',
);
const unitedKingdom = new RegExp(
  `${NOT_AFTER_WORD}(?:\\(\\s?)?(?:\\+|00)\\s?44\\s?\\)?${SEPARATOR}{0,3}(?:0${SEPARATOR}{0,3})?\\(?[1235789]${MORE_DIGITS(8, 9)}${NOT_BEFORE_DIGIT}`,
  'gu',
);
const international = new RegExp(
  `${NOT_AFTER_WORD}\\+\\s?[1-9]${MORE_DIGITS(7, 14)}${NOT_BEFORE_DIGIT}`,
  'gu',
);

const digitsOf = (text: string): string => text.replace(/[^0-9]/g, '');

/** Finds phone numbers in `text` (normalised for matching). Results may overlap one another. */
export const findPhoneNumbers = (text: string): FoundIdentifier[] => {
  const found: FoundIdentifier[] = [];
  for (const match of text.matchAll(national)) {
    const start = match.index;
    const digits = digitsOf(match[0]);
    const isNhsNumber = digits.length === 10 && (isValidNhsNumber(digits) || hasNhsCueBefore(text, start));
    found.push({ kind: isNhsNumber ? 'nhs-number' : 'phone-number', start, end: start + match[0].length });
  }
  for (const pattern of [unitedKingdom, international]) {
    for (const match of text.matchAll(pattern)) {
      found.push({ kind: 'phone-number', start: match.index, end: match.index + match[0].length });
    }
  }
  return found;
};
