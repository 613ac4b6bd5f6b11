import { describe, expect, it } from 'vitest';
import { FeedbackCsvError, parseFeedbackCsv, readFeedbackCsv } from './read-feedback-csv';

const fixture = new URL('./fixtures/tiny-feedback.csv', import.meta.url).pathname;

describe('readFeedbackCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const examples = readFeedbackCsv(fixture);
    expect(examples).toHaveLength(6);
    expect(examples[2]).toEqual({
      id: 'T 2 - Q1',
      group: 'T 2',
      text: 'I waited four hours to be seen.\nThen "triage" sent me home.',
      context: { question: 'why', rating: 4 },
      sentiment: 5,
      themes: ['Timeliness of care', 'Continuity of care'],
    });
  });

  it('groups a respondent’s answers and maps each question wording to its kind', () => {
    const examples = readFeedbackCsv(fixture);
    expect(examples.map((example) => example.group)).toEqual(['T 1', 'T 1', 'T 2', 'T 3', 'T 4', 'T 5']);
    expect(examples.map((example) => example.context.question)).toEqual([
      'what-was-good',
      'what-could-be-better',
      'why',
      'what-could-be-better',
      'what-was-good',
      'what-was-good',
    ]);
    expect(examples[5]?.context).toEqual({ question: 'what-was-good' });
    expect(examples[3]).toMatchObject({ sentiment: undefined, themes: ['Labelling not possible'] });
  });

  it('accepts a byte-order mark and CRLF line ends', () => {
    const csv = '\uFEFFid,fft_question,fft_rating,text,sentiment,themes\r\nA - Q1,,,"Fine",2,Parking\r\n';
    expect(parseFeedbackCsv(csv, 'x.csv')).toEqual([
      { id: 'A - Q1', group: 'A', text: 'Fine', context: {}, sentiment: 2, themes: ['Parking'] },
    ]);
  });

  it('names a missing file, missing columns and a bad sentiment without repeating any comment', () => {
    expect(() => readFeedbackCsv('/no/such/file.csv')).toThrow(
      new FeedbackCsvError('/no/such/file.csv does not exist.'),
    );
    expect(() => parseFeedbackCsv('id,comment\n1,Secret words', 'x.csv')).toThrow(
      'x.csv is missing the columns fft_question, fft_rating, text, sentiment, themes; ' +
        'expected id, fft_question, fft_rating, text, sentiment, themes.',
    );
    const badSentiment = 'id,fft_question,fft_rating,text,sentiment,themes\n1,,,Secret words,very,\n';
    expect(() => parseFeedbackCsv(badSentiment, 'x.csv')).toThrow(
      'x.csv row 2: sentiment must be empty or a whole number 1-5.',
    );
    expect(() => parseFeedbackCsv('', 'x.csv')).toThrow('x.csv has no data rows.');
  });
});
