import { describe, expect, it } from 'vitest';
import { normaliseText, REDACTED_TOKEN, tokeniseWords } from './normalise-text';

describe('normaliseText', () => {
  it('lower-cases, folds typographic apostrophes and collapses white space', () => {
    expect(normaliseText('  The NURSE\u2019s   care\n\twas GREAT ')).toBe("the nurse's care was great");
  });

  it('turns every run of digits into 0', () => {
    expect(normaliseText('Waited 4 hours, then 12 more')).toBe('waited 0 hours, then 0 more');
  });

  it('turns our placeholders and the data set redactions into one token', () => {
    expect(normaliseText('Nurse [name removed] and [name redacted] and XXXX')).toBe(
      `nurse ${REDACTED_TOKEN} and ${REDACTED_TOKEN} and ${REDACTED_TOKEN}`,
    );
  });

  it('folds compatibility characters such as full-width letters', () => {
    expect(normaliseText('\uff21\uff22\uff23')).toBe('abc');
  });
});

describe('tokeniseWords', () => {
  it('splits on anything but letters and digits and drops apostrophes inside words', () => {
    expect(tokeniseWords("didn't wait, 0 hours! a&e")).toEqual(['didnt', 'wait', '0', 'hours', 'a', 'e']);
  });

  it('keeps letters of other scripts', () => {
    expect(tokeniseWords('très bien شكرا')).toEqual(['très', 'bien', 'شكرا']);
  });
});
