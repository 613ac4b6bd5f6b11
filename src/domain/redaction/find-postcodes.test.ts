import { describe, expect, it } from 'vitest';
import { findPostcodes } from './find-postcodes';

const written = (text: string): string[] =>
  findPostcodes(text).map((found) => text.slice(found.start, found.end));

describe('findPostcodes', () => {
  it('finds every outward shape, in any case, with no space or up to two', () => {
    expect(
      written('M1 1AA, B33 8TH, W1A 0AX, CR2 6XH, DN55 1PT, EC1A 1BB, ls14ap, Sw1A  2aa, gir 0aa'),
    ).toEqual([
      'M1 1AA',
      'B33 8TH',
      'W1A 0AX',
      'CR2 6XH',
      'DN55 1PT',
      'EC1A 1BB',
      'ls14ap',
      'Sw1A  2aa',
      'gir 0aa',
    ]);
  });

  it('leaves letters a postcode cannot hold, outward codes alone and postcodes inside words', () => {
    expect(written('QA1 1AA, M1 1CA, M1 1AI, M1, ward 7B, LS1, XLS1 4AP, LS1 4APX, LS1   4AP')).toEqual([]);
  });
});
