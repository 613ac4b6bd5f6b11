import { describe, expect, it } from 'vitest';
import { foldForSearch } from './fold-for-search';

describe('foldForSearch', () => {
  it('ignores case and accents', () => {
    expect(foldForSearch('CAFÉ Naïve')).toBe('cafe naive');
  });

  it('reads & as "and" and makes punctuation one space', () => {
    expect(foldForSearch('Food & drink')).toBe('food and drink');
    expect(foldForSearch('family/ carers, friends')).toBe('family carers friends');
  });
});
