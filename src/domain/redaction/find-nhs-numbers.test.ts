import { describe, expect, it } from 'vitest';
import { findNhsNumbers } from './find-nhs-numbers';
import { MASK } from './redaction-placeholders';

const written = (text: string): string[] =>
  findNhsNumbers(text).map((found) => text.slice(found.start, found.end));

describe('findNhsNumbers', () => {
  it('finds ten digits that pass modulus 11 with up to three spaces, dashes or dots between any two', () => {
    expect(
      written(
        '9434765919 | 943 476 5919 | 94-34-76-59-19 | 943 - 476 - 5919 | 9.4.3.4.7.6.5.9.1.9 | 9\t434765919',
      ),
    ).toEqual([
      '9434765919',
      '943 476 5919',
      '94-34-76-59-19',
      '943 - 476 - 5919',
      '9.4.3.4.7.6.5.9.1.9',
      '9\t434765919',
    ]);
  });

  it('does not join digits across four separators, letters, slashes, commas or a mask', () => {
    expect(written(`943    4765919 | 943a4765919 | 943/476/5919 | 943,476,5919 | 943${MASK}4765919`)).toEqual(
      [],
    );
  });

  it('finds a valid number inside a longer run and merges overlapping valid windows', () => {
    expect(written('bed 7 943 476 5919')).toEqual(['943 476 5919']);
    expect(written('99999999999')).toEqual(['99999999999']);
  });

  it('keeps ten digits that fail the check unless "NHS" comes just before them', () => {
    expect(written('ref 401-023-2138')).toEqual([]);
    expect(written('NHS no: 401-023-2138')).toEqual(['401-023-2138']);
    expect(written('NHS no is 12, ref 401-023-2138')).toEqual([]);
    expect(written(`NHS ${MASK} 401-023-2138`)).toEqual([]);
  });

  it('takes the cue for a failing piece of a run only where nothing stood between', () => {
    // "4010232138" fails the check and is left beside a valid number; once that is removed it stands
    // on its own, so "NHS" before it counts only when it came first.
    expect(written('NHS 4010232138 9434765919')).toEqual(['4010232138', '9434765919']);
    expect(written('NHS 9434765919 4010232138')).toEqual(['9434765919']);
  });
});
