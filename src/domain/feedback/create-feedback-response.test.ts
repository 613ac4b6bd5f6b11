import { describe, expect, it } from 'vitest';
import { createUuidV7 } from '../shared/ids';
import { createFeedbackResponse, type FeedbackDraft } from './create-feedback-response';

const context = {
  id: createUuidV7(Date.UTC(2025, 0, 31, 9, 30), new Uint8Array(10).fill(1)),
  wardId: 'ward-7b',
  deviceId: createUuidV7(Date.UTC(2025, 0, 1), new Uint8Array(10).fill(2)),
  now: new Date(Date.UTC(2025, 0, 31, 9, 30)),
};

const draft: FeedbackDraft = {
  rating: 2,
  whatWasGood: '  Kind nurses.  ',
  whatCouldBeBetter: '',
  respondent: 'not-answered',
  assistedBy: 'not-answered',
  language: 'cy',
  modeOfCollection: 'electronic-discharge',
};

describe('createFeedbackResponse', () => {
  it('makes a response with the context, trimmed texts and blank optional questions kept as not answered', () => {
    expect(createFeedbackResponse(draft, context)).toEqual({
      isOk: true,
      value: {
        id: context.id,
        wardId: 'ward-7b',
        deviceId: context.deviceId,
        createdAt: '2025-01-31T09:30:00.000Z',
        schemaVersion: 1,
        rating: 2,
        whatWasGood: 'Kind nurses.',
        whatCouldBeBetter: '',
        respondent: 'not-answered',
        assistedBy: 'not-answered',
        language: 'cy',
        modeOfCollection: 'electronic-discharge',
        redactions: [],
      },
    });
  });

  it('saves the redacted texts and counts what was removed from both', () => {
    const result = createFeedbackResponse(
      {
        ...draft,
        whatWasGood: 'Nurse Jane was lovely, my NHS number is 943 476 5919',
        whatCouldBeBetter: 'Call me on 07700 900123 or jo@example.com',
      },
      context,
    );
    if (!result.isOk) throw new Error(result.error);
    expect(result.value.whatWasGood).toBe(
      'Nurse [name removed] was lovely, my NHS number is [NHS number removed]',
    );
    expect(result.value.whatCouldBeBetter).not.toContain('07700');
    expect(result.value.whatCouldBeBetter).not.toContain('jo@example.com');
    expect(result.value.redactions).toEqual([
      { kind: 'nhs-number', count: 1 },
      { kind: 'phone-number', count: 1 },
      { kind: 'email', count: 1 },
      { kind: 'name', count: 1 },
    ]);
  });

  it('refuses an over-long text without repeating it', () => {
    const result = createFeedbackResponse({ ...draft, whatCouldBeBetter: 'secret '.repeat(700) }, context);
    expect(result).toEqual({
      isOk: false,
      error: 'An answer is too long: the most is 4,000 characters. Shorten it, then send.',
    });
  });

  it('refuses a language that is not a language tag', () => {
    const result = createFeedbackResponse({ ...draft, language: 'english please' }, context);
    expect(result.isOk).toBe(false);
  });
});
