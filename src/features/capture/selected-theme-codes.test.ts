import { describe, expect, it } from 'vitest';
import { selectedThemeCodes } from './selected-theme-codes';

describe('selectedThemeCodes', () => {
  it('is the suggestions, then the themes added by hand, each once', () => {
    expect(
      selectedThemeCodes({
        suggestedCodes: ['discharge', 'parking'],
        addedCodes: ['parking', 'noise'],
        removedCodes: [],
      }),
    ).toEqual(['discharge', 'parking', 'noise']);
  });

  it('never shows a suggestion the person removed', () => {
    expect(
      selectedThemeCodes({
        suggestedCodes: ['discharge', 'parking'],
        addedCodes: [],
        removedCodes: ['discharge'],
      }),
    ).toEqual(['parking']);
  });

  it('stops at the most themes a note can hold', () => {
    const addedCodes = Array.from({ length: 25 }, (_, index) => `theme-${index}`);
    expect(selectedThemeCodes({ suggestedCodes: [], addedCodes, removedCodes: [] })).toHaveLength(20);
  });
});
