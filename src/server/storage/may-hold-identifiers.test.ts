import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../domain/redaction/find-identifiers';
import {
  nhsNumberFormatCases,
  nhsNumbers,
  otherIdentifierCases,
  phoneDramaRanges,
  phoneNumbers,
  postcodes,
} from '../../domain/redaction/fixtures/identifier-vectors';
import { mayHoldIdentifiers } from './may-hold-identifiers';

/** The promise: a text the pre-filter clears is one in which the full check finds nothing. */
const isKeptPromise = (text: string): boolean =>
  mayHoldIdentifiers(text) || findIdentifiers(text).length === 0;

/** Pieces that the detectors react to, whole identifiers, and ordinary words and punctuation around them. */
const pieces = [
  ...['jane@nhs.net', 'a.b@c.org', '+33 1 23 45 67', '+1 555 0123', 'DOB 1/2/50', 'born 3 March'],
  ...['943 476 5919', '07700 900000', 'LS1 4AP', 'Nurse Jane'],
  ...['Dr', 'dr.', 'DR', 'Mrs', 'mr', 'Ms', 'Mx', 'Prof.', 'Professor', 'Miss', 'Doctor', 'nurse', 'Sister'],
  ...['Matron', 'Jane', 'Smith', "O'Brien", 'J.', 'Amy', 'Smith-Jones', 'The', 'Thank'],
  ...['born', 'DOB', 'd.o.b.', 'd o b', 'date of birth', 'birth date', 'birthday', "b'day", 'bday', 'on'],
  ...['March', 'Mar.', '3rd', '1950', "'50", '01', '/', '-', '.', ':', ',', '(', ')', '+', "'"],
  ...['@', 'nhs.net', 'jane', '.uk', 'example', 'NHS', 'no', '943', '476', '5919', '0', '7', '44'],
  ...['07700', '900', '000', '0113', '496', '0000', '+44', '(0)', '20', '7946', '00', '1'],
  ...['LS1', '4AP', 'ls1', '4ap', 'SW1A', '1AA', 'GIR', '0AA', 'M1', 'EC1A', '1BB', 'W1', 'A', 'b'],
  ...['bed', 'bay', '4', '12', 'tea', 'was', 'hot', 'kind', 'today', 'Monday', 'item', 'rooms'],
];

const separators = ['', ' ', ' ', '  ', '\t', '\n', '.', ','];

const asciiText = fc
  .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...separators)), { maxLength: 14 })
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''));

describe('mayHoldIdentifiers', () => {
  it('clears ordinary ASCII text, including text with a few digits', () => {
    for (const text of [
      'The night staff were kind.',
      'Bench note 1234: the ward was calm and the tea was hot.',
      'Bed 12 waited 3 hours for a drink',
      '',
    ]) {
      expect(mayHoldIdentifiers(text)).toBe(false);
    }
  });

  it('sends every text that is not plain ASCII, or has a cue of any kind, to the full check', () => {
    for (const text of [
      'Roedd y nyrsys yn garedig iawn’',
      'a@b',
      'Thanks to nurse Jo',
      '0113 496 00',
      'Room 4a',
      'born 3',
    ]) {
      expect(mayHoldIdentifiers(text)).toBe(true);
    }
  });

  it('never clears a text of the identifier test vectors in which findIdentifiers finds something', () => {
    const tables = [
      nhsNumberFormatCases,
      nhsNumbers,
      otherIdentifierCases,
      phoneDramaRanges,
      phoneNumbers,
      postcodes,
    ];
    const texts = tables.flatMap((rows) => rows.flatMap((row) => Object.values(row)));
    const withIdentifiers = texts.filter((text) => findIdentifiers(text).length > 0);
    expect(withIdentifiers.length).toBeGreaterThan(100);
    expect(withIdentifiers.filter((text) => !mayHoldIdentifiers(text))).toEqual([]);
  });

  it('never clears a generated text in which findIdentifiers finds something', () => {
    fc.assert(fc.property(asciiText, isKeptPromise), { numRuns: 5000 });
  });

  it('never clears a random ASCII text in which findIdentifiers finds something', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii', maxLength: 60 }), isKeptPromise), {
      numRuns: 5000,
    });
  });
});
