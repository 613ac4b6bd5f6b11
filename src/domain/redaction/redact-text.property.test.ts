import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './find-identifiers';
import { redactText } from './redact-text';

/**
 * The oracle: written apart from the redactor, by brute force. From every digit it walks forward,
 * reading digits in any script this test generates and skipping invisible characters, allowing up to
 * three spaces, dashes or dots between digits, and checks every ten digits it can collect that way
 * with modulus 11 written out from the NHS Data Dictionary.
 */
const FULL_WIDTH_ZERO = 0xff10;
const INVISIBLE = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']);
const SEPARATOR = /^[\s\-.\u2010-\u2015\u2212]$/;

const digitValue = (character: string): number | undefined => {
  const code = character.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= FULL_WIDTH_ZERO && code <= FULL_WIDTH_ZERO + 9) return code - FULL_WIDTH_ZERO;
  return undefined;
};

const passesModulus11 = (digits: number[]): boolean => {
  const weighted = digits.slice(0, 9).reduce((sum, digit, index) => sum + digit * (10 - index), 0);
  const check = (11 - (weighted % 11)) % 11;
  return check !== 10 && check === digits[9];
};

const validNhsNumbersIn = (text: string): string[] => {
  const characters = Array.from(text);
  const found: string[] = [];
  characters.forEach((character, start) => {
    if (digitValue(character) === undefined) return;
    const digits: number[] = [];
    let separators = 0;
    for (let index = start; index < characters.length && digits.length < 10; index += 1) {
      const current = characters[index] ?? '';
      const digit = digitValue(current);
      if (digit !== undefined) {
        digits.push(digit);
        separators = 0;
      } else if (INVISIBLE.has(current)) {
        continue;
      } else if (SEPARATOR.test(current) && separators < 3) {
        separators += 1;
      } else {
        break;
      }
    }
    if (digits.length === 10 && passesModulus11(digits)) found.push(digits.join(''));
  });
  return found;
};

const checkDigitOf = (nine: number[]): number =>
  (11 - (nine.reduce((sum, d, i) => sum + d * (10 - i), 0) % 11)) % 11;

/** Valid NHS numbers: nine random digits and their check digit, skipping those whose check is 10. */
const nhsNumberDigits = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
  .filter((nine) => checkDigitOf(nine) !== 10)
  .map((nine) => [...nine, checkDigitOf(nine)]);

const separatorArbitrary = fc.constantFrom(
  '',
  '',
  ' ',
  '\u00a0',
  '\u202f',
  '\u2009',
  '\u200b',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '-',
  '\u2013',
  '\u2212',
  '.',
  '  ',
  ' - ',
  '\u200b \u200b',
);

/** A valid NHS number laid out with a random separator between any two digits, some full-width. */
const laidOutNhsNumber = fc
  .tuple(
    nhsNumberDigits,
    fc.array(separatorArbitrary, { minLength: 9, maxLength: 9 }),
    fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
  )
  .map(([digits, separators, isFullWidth]) =>
    digits
      .map((digit, index) => {
        const written = isFullWidth[index] ? String.fromCharCode(FULL_WIDTH_ZERO + digit) : String(digit);
        return written + (separators[index] ?? '');
      })
      .join(''),
  );

const surroundingText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc
    .array(
      fc.constantFrom(
        'My NHS number is ',
        'bed 7 ',
        '7',
        'Thanks ',
        'Nurse Ann ',
        'call 0113 496 0000 ',
        '\n',
        ', ',
        '(',
        ')',
        'x',
        '-',
        ' ',
        '\u200b',
        '12',
        'DOB ',
      ),
      { maxLength: 5 },
    )
    .map((parts) => parts.join('')),
);

/** Text with digits, separators and letters in random order: where layouts collide. */
const digitHeavyText = fc
  .array(
    fc.constantFrom(
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      ' ',
      '-',
      '.',
      '\u00a0',
      '\u200b',
      '+',
      '(',
      ')',
      'a',
      'M',
      '/',
    ),
    { maxLength: 80 },
  )
  .map((characters) => characters.join(''));

const runs = { numRuns: 400 };

describe('no valid NHS number survives redaction', () => {
  it('the oracle finds the numbers it is meant to find', () => {
    expect(validNhsNumbersIn('a 943 476 5919 b')).toEqual(['9434765919']);
    expect(validNhsNumbersIn('9\u200b4\uff13-476.5\u00a0919')).toEqual(['9434765919']);
    expect(validNhsNumbersIn('943 476 5918')).toEqual([]);
  });

  it('in any layout, with any text around it', () => {
    fc.assert(
      fc.property(surroundingText, laidOutNhsNumber, surroundingText, (before, nhsNumber, after) => {
        const text = before + nhsNumber + after;
        expect(validNhsNumbersIn(text).length).toBeGreaterThan(0);
        const redacted = redactText(text).text;
        expect(validNhsNumbersIn(redacted)).toEqual([]);
        expect(redacted).not.toContain(nhsNumber);
      }),
      runs,
    );
  });

  it('in text made of digits, separators and a few letters', () => {
    fc.assert(
      fc.property(digitHeavyText, (text) => {
        expect(validNhsNumbersIn(redactText(text).text)).toEqual([]);
      }),
      runs,
    );
  });

  it('when the same text holds several', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(laidOutNhsNumber, surroundingText), { minLength: 2, maxLength: 4 }),
        (parts) => {
          const text = parts.map(([nhsNumber, between]) => nhsNumber + between).join('');
          expect(validNhsNumbersIn(redactText(text).text)).toEqual([]);
        },
      ),
      runs,
    );
  });
});

const anyText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  digitHeavyText,
  fc.tuple(surroundingText, laidOutNhsNumber, surroundingText).map((parts) => parts.join('')),
  fc
    .array(
      fc.constantFrom(
        'Nurse ',
        'Dr. ',
        'Mrs ',
        "O'Brien ",
        'Smith-Jones ',
        'Ann ',
        'DOB ',
        'born on ',
        '3rd March 1950 ',
        '01/02/1950 ',
        'LS1 4AP',
        'jo@example.org',
        '07700 900000',
        '+44 (0)20 7946 0000',
        ' ',
        ', ',
        'and ',
        '[name removed]',
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join('')),
);

const isLetterOrDigit = (character: string): boolean => /[\p{L}\p{N}]/u.test(character);

/** Where `value` occurs in `text` with no letter or digit right before or after it. */
const separateMentions = (text: string, value: string): number[] => {
  const positions: number[] = [];
  for (let start = text.indexOf(value); start >= 0; start = text.indexOf(value, start + 1)) {
    const isGlued =
      isLetterOrDigit(text.charAt(start - 1)) || isLetterOrDigit(text.charAt(start + value.length));
    if (!isGlued) positions.push(start);
  }
  return positions;
};

describe('redactText and findIdentifiers', () => {
  it('redacting twice is the same as redacting once', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = redactText(text);
        expect(redactText(once.text)).toEqual({ text: once.text, redactions: [] });
      }),
      runs,
    );
  });

  it('the redacted text holds none of the identifiers as they were written, standing on their own', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const redacted = redactText(text).text;
        for (const identifier of findIdentifiers(text)) {
          const written = text.slice(identifier.start, identifier.end);
          // Very short names ("Mr Al") may well be part of other words; and an identifier glued to
          // a word ("LS1 4APNurse") is not one, so only separate mentions count.
          if (written.length >= 4) expect(separateMentions(redacted, written)).toEqual([]);
        }
      }),
      runs,
    );
  });

  it('ranges are inside the text, sorted, not empty and not overlapping, and counts add up', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = findIdentifiers(text);
        let previousEnd = 0;
        for (const identifier of found) {
          expect(identifier.start).toBeGreaterThanOrEqual(previousEnd);
          expect(identifier.end).toBeGreaterThan(identifier.start);
          expect(identifier.end).toBeLessThanOrEqual(text.length);
          previousEnd = identifier.end;
        }
        const counted = redactText(text).redactions.reduce((sum, redaction) => sum + redaction.count, 0);
        expect(counted).toBe(found.length);
      }),
      runs,
    );
  });

  it('keeping everything that was found leaves the text as it was', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(redactText(text, { keep: findIdentifiers(text) })).toEqual({ text, redactions: [] });
      }),
      runs,
    );
  });
});
