import { describe, expect, it } from 'vitest';
import { themeCodeOf } from './theme-code-of';

describe('themeCodeOf', () => {
  it('joins lower-case words with hyphens and drops & and /', () => {
    expect(themeCodeOf('Staff manner & personal attributes')).toBe('staff-manner-personal-attributes');
    expect(themeCodeOf('Interaction with family/ carers')).toBe('interaction-with-family-carers');
    expect(themeCodeOf('Transport to/ from services')).toBe('transport-to-from-services');
  });

  it('drops other punctuation, accents and stray spaces', () => {
    expect(themeCodeOf('  Staff listening, understanding & involving patients ')).toBe(
      'staff-listening-understanding-involving-patients',
    );
    expect(themeCodeOf('Café – food')).toBe('cafe-food');
  });
});
