import { describe, expect, it } from 'vitest';
import { foldSentiment } from './fold-sentiment';

describe('foldSentiment', () => {
  it('folds 1–2 to positive, 3 to mixed or neutral and 4–5 to negative', () => {
    expect([1, 2, 3, 4, 5].map(foldSentiment)).toEqual([
      'positive',
      'positive',
      'mixed-or-neutral',
      'negative',
      'negative',
    ]);
  });

  it.each([0, 6, 2.5, Number.NaN])('refuses %d', (sentiment) => {
    expect(() => foldSentiment(sentiment)).toThrow(RangeError);
  });
});
