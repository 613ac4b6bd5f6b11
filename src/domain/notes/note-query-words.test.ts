import { describe, expect, it } from 'vitest';
import { hasEveryQueryWord, queryWordsOf, searchWordsOf } from './note-query-words';

describe('searchWordsOf', () => {
  it('folds case, accents, & and punctuation, keeps words of two letters or more once each', () => {
    expect(searchWordsOf('Café & the CAFÉ: a 2nd cup, x-ray… ok?')).toEqual([
      'cafe',
      'and',
      'the',
      '2nd',
      'cup',
      'ray',
      'ok',
    ]);
  });

  it('is empty for text without words', () => {
    expect(searchWordsOf(' … - ! ')).toEqual([]);
  });
});

describe('queryWordsOf', () => {
  it('leaves out one-letter words and words that start another typed word', () => {
    expect(queryWordsOf('a dis Discharge food')).toEqual(['discharge', 'food']);
  });
});

describe('hasEveryQueryWord', () => {
  it('needs every typed word to start some word of the note', () => {
    const note = searchWordsOf('Discharge letter took all day');
    expect(hasEveryQueryWord(note, ['disch', 'let'])).toBe(true);
    expect(hasEveryQueryWord(note, ['disch', 'night'])).toBe(false);
    expect(hasEveryQueryWord(note, ['charge'])).toBe(false);
    expect(hasEveryQueryWord(note, [])).toBe(true);
  });
});
