import { describe, expect, it } from 'vitest';
import { feedbackResponseSchema } from '../feedback/feedback-response';
import { createUuidV7 } from '../shared/ids';
import { parseSchema } from '../shared/parse-schema';
import { findIdentifiers } from './find-identifiers';
import { REDACTION_PLACEHOLDERS } from './redaction-placeholders';
import { combineRedactions, redactText } from './redact-text';

describe('redactText', () => {
  it('replaces each identifier with its placeholder and keeps the title before a name', () => {
    const text =
      'Nurse Jane was lovely. NHS 943 476 5919, ring 07700 900000 or mail jo@example.org, LS1 4AP, DOB 01/02/1950.';
    expect(redactText(text)).toEqual({
      text:
        'Nurse [name removed] was lovely. NHS [NHS number removed], ring [phone number removed] or mail ' +
        '[email removed], [postcode removed], DOB [date of birth removed].',
      redactions: [
        { kind: 'nhs-number', count: 1 },
        { kind: 'phone-number', count: 1 },
        { kind: 'email', count: 1 },
        { kind: 'postcode', count: 1 },
        { kind: 'date-of-birth', count: 1 },
        { kind: 'name', count: 1 },
      ],
    });
  });

  it('returns the text unchanged, with no redactions, when there is nothing to remove', () => {
    expect(redactText('The ward was clean and the food was hot.')).toEqual({
      text: 'The ward was clean and the food was hot.',
      redactions: [],
    });
    expect(redactText('')).toEqual({ text: '', redactions: [] });
  });

  it('counts each kind once, in REDACTION_KINDS order', () => {
    const { redactions } = redactText('Dr Ng, Dr Li and Mr Cole; 07700 900000 and 07700 900001');
    expect(redactions).toEqual([
      { kind: 'phone-number', count: 2 },
      { kind: 'name', count: 3 },
    ]);
  });

  it('keeps identifiers inside the ranges staff chose to keep, and removes the rest', () => {
    const text = 'Thank you Nurse Ann Lee, and Dr Patel; my number is 07700 900000';
    const found = findIdentifiers(text);
    const nurse = found.find((identifier) => text.slice(identifier.start, identifier.end) === 'Ann Lee');
    expect(nurse).toBeDefined();
    expect(redactText(text, { keep: nurse === undefined ? [] : [nurse] })).toEqual({
      text: 'Thank you Nurse Ann Lee, and Dr [name removed]; my number is [phone number removed]',
      redactions: [
        { kind: 'phone-number', count: 1 },
        { kind: 'name', count: 1 },
      ],
    });
    expect(redactText(text, { keep: [{ start: 0, end: text.length }] }).text).toBe(text);
  });

  it('removes an identifier that a keep range only partly covers', () => {
    expect(redactText('Dr Patel', { keep: [{ start: 3, end: 5 }] }).text).toBe('Dr [name removed]');
  });

  it('leaves text that is already redacted as it is', () => {
    const once = redactText('DOB 01/02/1950 and 03/04/1960, Dr Amy Lee Jones, 943 476 5919 943 476 5919');
    expect(redactText(once.text)).toEqual({ text: once.text, redactions: [] });
  });

  it('caps a count at the most a record may hold', () => {
    const { redactions } = redactText('Mr Ab '.repeat(1001));
    expect(redactions).toEqual([{ kind: 'name', count: 1000 }]);
  });

  it('gives redactions that a FeedbackResponse accepts', () => {
    const whatWasGood = redactText('Nurse Jane and Dr Smith were great');
    const whatCouldBeBetter = redactText('Call me on 07700 900000 (Mrs Brown)');
    const response = {
      id: createUuidV7(Date.UTC(2025, 0, 31, 9, 30), new Uint8Array(10).fill(1)),
      wardId: 'ward-7',
      deviceId: createUuidV7(Date.UTC(2025, 0, 1), new Uint8Array(10).fill(2)),
      createdAt: '2025-01-31T09:30:00.000Z',
      schemaVersion: 1,
      rating: 1,
      whatWasGood: whatWasGood.text,
      whatCouldBeBetter: whatCouldBeBetter.text,
      respondent: 'patient',
      assistedBy: 'none',
      language: 'en',
      modeOfCollection: 'other',
      redactions: combineRedactions(whatWasGood.redactions, whatCouldBeBetter.redactions),
    };
    expect(response.redactions).toEqual([
      { kind: 'phone-number', count: 1 },
      { kind: 'name', count: 3 },
    ]);
    expect(parseSchema(feedbackResponseSchema, response).isOk).toBe(true);
  });
});

describe('combineRedactions', () => {
  it('adds counts by kind, lists each kind once in order, and caps each count', () => {
    expect(
      combineRedactions(
        [
          { kind: 'name', count: 2 },
          { kind: 'email', count: 1 },
        ],
        [{ kind: 'name', count: 999 }],
        [],
      ),
    ).toEqual([
      { kind: 'email', count: 1 },
      { kind: 'name', count: 1000 },
    ]);
    expect(combineRedactions()).toEqual([]);
  });
});

describe('REDACTION_PLACEHOLDERS', () => {
  it('names each kind in plain words', () => {
    expect(REDACTION_PLACEHOLDERS).toEqual({
      'nhs-number': '[NHS number removed]',
      'phone-number': '[phone number removed]',
      email: '[email removed]',
      postcode: '[postcode removed]',
      'date-of-birth': '[date of birth removed]',
      name: '[name removed]',
    });
  });
});
