import { describe, expect, it } from 'vitest';
import { hasNhsCueBefore } from './nhs-cue';
import { MASK } from './redaction-placeholders';

const cuedAtEnd = (text: string): boolean => hasNhsCueBefore(`${text}0`, text.length);

describe('hasNhsCueBefore', () => {
  it('sees "NHS" in any case up to 30 characters before, with no digit between', () => {
    expect(cuedAtEnd('NHS ')).toBe(true);
    expect(cuedAtEnd('my nhs no. is: ')).toBe(true);
    expect(cuedAtEnd('My NHS number, if you need it: ')).toBe(true);
    expect(cuedAtEnd('NHS number, which I have written down for you here: ')).toBe(false);
    expect(cuedAtEnd('NHS 111 said ')).toBe(false);
    expect(cuedAtEnd(`NHS ${MASK} `)).toBe(false);
    expect(cuedAtEnd('NHSX ')).toBe(false);
    expect(cuedAtEnd('')).toBe(false);
  });
});
