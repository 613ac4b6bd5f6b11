import { describe, expect, it } from 'vitest';
import { createUuidV7 } from '../shared/ids';
import { parseSchema } from '../shared/parse-schema';
import {
  ASSISTANTS,
  FFT_ANSWERS,
  RESPONDENTS,
  MODES_OF_COLLECTION,
  MODE_OF_COLLECTION_LABELS,
  feedbackResponseSchema,
} from './feedback-response';

const valid = {
  id: createUuidV7(Date.UTC(2025, 0, 31, 9, 30), new Uint8Array(10).fill(1)),
  wardId: 'unenrolled',
  deviceId: createUuidV7(Date.UTC(2025, 0, 1), new Uint8Array(10).fill(2)),
  createdAt: '2025-01-31T09:30:00.000Z',
  schemaVersion: 1,
  rating: 1,
  whatWasGood: 'The nurses explained everything.',
  whatCouldBeBetter: '',
  respondent: 'patient',
  assistedBy: 'none',
  language: 'en',
  modeOfCollection: 'electronic-discharge',
  redactions: [{ kind: 'phone-number', count: 1 }],
};

const errorOf = (value: unknown): string => {
  const result = parseSchema(feedbackResponseSchema, value);
  if (result.isOk) throw new Error('expected a failure');
  return result.error;
};

describe('FFT_ANSWERS', () => {
  it('lists the six answers in NHS England order with codes 1 to 6', () => {
    expect(FFT_ANSWERS.map((answer) => answer.label)).toEqual([
      'Very good',
      'Good',
      'Neither good nor poor',
      'Poor',
      'Very poor',
      "Don't know",
    ]);
    expect(FFT_ANSWERS.map((answer) => answer.code)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('MODES_OF_COLLECTION', () => {
  it('covers the eight "Mode …" columns of the inpatient return', () => {
    expect(MODES_OF_COLLECTION.map((mode) => `Mode ${MODE_OF_COLLECTION_LABELS[mode]}`)).toEqual([
      'Mode SMS',
      'Mode Electronic Discharge',
      'Mode Electronic Home',
      'Mode Paper Discharge',
      'Mode Paper Home',
      'Mode Telephone',
      'Mode Online',
      'Mode Other',
    ]);
  });
});

describe('feedbackResponseSchema', () => {
  it('accepts a valid response, including every rating and empty texts', () => {
    for (const { code } of FFT_ANSWERS) {
      expect(parseSchema(feedbackResponseSchema, { ...valid, rating: code, whatWasGood: '' })).toMatchObject({
        isOk: true,
      });
    }
    expect(parseSchema(feedbackResponseSchema, { ...valid, language: 'pt-BR', redactions: [] }).isOk).toBe(
      true,
    );
  });

  it('keeps a blank "Who is answering?" or "Did anyone help" as not answered, apart from real answers', () => {
    expect(RESPONDENTS).toEqual([
      'patient',
      'carer-or-relative',
      'visitor',
      'prefer-not-to-say',
      'not-answered',
    ]);
    expect(ASSISTANTS).toEqual(['none', 'staff', 'carer-or-relative', 'interpreter', 'not-answered']);
    expect(
      parseSchema(feedbackResponseSchema, {
        ...valid,
        respondent: 'not-answered',
        assistedBy: 'not-answered',
      }).isOk,
    ).toBe(true);
  });

  it('refuses unknown fields', () => {
    expect(errorOf({ ...valid, nhsNumber: '9434765919' })).toBe(
      'the record has fields that are not allowed: nhsNumber',
    );
  });

  it('refuses ratings and categories outside the lists', () => {
    expect(errorOf({ ...valid, rating: 0 })).toBe('rating must be one of 1, 2, 3, 4, 5, 6');
    expect(errorOf({ ...valid, rating: 7 })).toBe('rating must be one of 1, 2, 3, 4, 5, 6');
    expect(errorOf({ ...valid, respondent: 'doctor' })).toContain('respondent must be one of "patient"');
    expect(errorOf({ ...valid, assistedBy: 'friend' })).toContain('assistedBy must be one of "none"');
    expect(errorOf({ ...valid, modeOfCollection: 'kiosk' })).toContain(
      'modeOfCollection must be one of "sms"',
    );
    expect(errorOf({ ...valid, language: 'english please' })).toBe(
      'language must be a language tag such as en or pt-BR',
    );
  });

  it('refuses over-long texts', () => {
    expect(errorOf({ ...valid, whatCouldBeBetter: 'x'.repeat(4001) })).toBe(
      'whatCouldBeBetter must be at most 4,000 characters',
    );
    expect(parseSchema(feedbackResponseSchema, { ...valid, whatWasGood: 'x'.repeat(4000) }).isOk).toBe(true);
  });

  it('refuses bad redaction entries and the same kind listed twice', () => {
    expect(errorOf({ ...valid, redactions: [{ kind: 'address', count: 1 }] })).toContain(
      'redactions[0].kind must be one of',
    );
    expect(errorOf({ ...valid, redactions: [{ kind: 'email', count: 0 }] })).toBe(
      'redactions[0].count must be at least 1',
    );
    expect(
      errorOf({
        ...valid,
        redactions: [
          { kind: 'email', count: 1 },
          { kind: 'email', count: 2 },
        ],
      }),
    ).toBe('redactions must list each kind of identifier once');
  });

  it('refuses ids that are not UUIDv7 and times not in toISOString form', () => {
    expect(errorOf({ ...valid, id: '6f1c2f9e-1234-4abc-8def-0123456789ab' })).toBe('id must be a UUIDv7');
    expect(errorOf({ ...valid, createdAt: '2025-01-31T09:30:00Z' })).toContain(
      'createdAt must be a UTC date',
    );
    expect(errorOf({ ...valid, schemaVersion: 2 })).toBe('schemaVersion must be 1');
  });
});
