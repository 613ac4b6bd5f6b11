import { describe, expect, it } from 'vitest';
import { makeFeedback, makeIdea, makeNote, makeNoteDeletion } from '../../../tests/contract/sync-fixtures';
import { findIdentifierKinds, flagFor } from './identifier-flags';

const owner = { wardId: 'ward', deviceId: 'device' };

describe('findIdentifierKinds', () => {
  it('adds up the kinds found in every text, in REDACTION_KINDS order', () => {
    expect(
      findIdentifierKinds(['Dr Amy Lee, amy@example.com', 'Sister Hughes on 0113 496 0000', 'All fine.']),
    ).toEqual([
      { kind: 'phone-number', count: 1 },
      { kind: 'email', count: 1 },
      { kind: 'name', count: 2 },
    ]);
    expect(findIdentifierKinds(['The tea was hot.', ''])).toEqual([]);
  });

  it('finds nothing in text already redacted on the tablet', () => {
    expect(findIdentifierKinds(['Nurse [name removed] rang [phone number removed].'])).toEqual([]);
  });
});

describe('flagFor', () => {
  it('PUSH-6: flags a note deletion by its reason', () => {
    const deletion = makeNoteDeletion(owner, makeNote(owner).id, { reason: 'Meant Mrs Okafor in bay 2' });
    expect(flagFor('noteDeletion', deletion)).toEqual({
      recordId: deletion.id,
      recordType: 'noteDeletion',
      kinds: [{ kind: 'name', count: 1 }],
    });
    expect(flagFor('noteDeletion', makeNoteDeletion(owner, makeNote(owner).id))).toBeUndefined();
  });

  it('PUSH-6: flags feedback by both its texts and a note by its text, with kinds and counts only', () => {
    const feedback = makeFeedback(owner, { whatWasGood: 'LS1 4AP', whatCouldBeBetter: 'ring 07700 900123' });
    expect(flagFor('feedbackResponse', feedback)).toEqual({
      recordId: feedback.id,
      recordType: 'feedbackResponse',
      kinds: [
        { kind: 'phone-number', count: 1 },
        { kind: 'postcode', count: 1 },
      ],
    });
    const note = makeNote(owner, { text: 'Mr Khan, born 3/4/51' });
    expect(flagFor('note', note)?.kinds).toEqual([
      { kind: 'date-of-birth', count: 1 },
      { kind: 'name', count: 1 },
    ]);
  });

  it('PUSH-6: does not flag a clean record, or a record of another type', () => {
    expect(flagFor('note', makeNote(owner))).toBeUndefined();
    expect(flagFor('feedbackResponse', makeFeedback(owner))).toBeUndefined();
    expect(flagFor('idea', makeIdea(owner, { title: 'Call Dr Lee on 07700 900123' }))).toBeUndefined();
  });
});
