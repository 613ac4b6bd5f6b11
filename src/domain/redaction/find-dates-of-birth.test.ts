import { describe, expect, it } from 'vitest';
import { findDatesOfBirth } from './find-dates-of-birth';

const written = (text: string): string[] =>
  findDatesOfBirth(text).map((found) => text.slice(found.start, found.end));

describe('findDatesOfBirth', () => {
  it.each([
    ['DOB 01/02/1950', '01/02/1950'],
    ['dob: 1-2-50', '1-2-50'],
    ['D.O.B. 01.02.1950', '01.02.1950'],
    ['d o b 01 02 1950', '01 02 1950'],
    ['date of birth 1950-02-01', '1950-02-01'],
    ['Date of Birth: 3rd of March, 1950', '3rd of March, 1950'],
    ['born on Tuesday the 3rd March', '3rd March'],
    ['born 3 Mar. 1950', '3 Mar. 1950'],
    ['born on March 3rd, 1950', 'March 3rd, 1950'],
    ["born Sept '50", "Sept '50"],
    ['birthday is on 12/7', '12/7'],
    ['birth date (5-MAY-2021)', '5-MAY-2021'],
  ])('%s', (text, date) => {
    expect(written(text)).toEqual([date]);
  });

  it('takes only the first date after each cue, and none past a few linking words', () => {
    expect(written('born 1/2/1950 and admitted 3/4/2024')).toEqual(['1/2/1950']);
    expect(written('born in Leeds on 1/2/1950')).toEqual([]);
    expect(written('date of birth is on the day of 1/2/1950')).toEqual([]);
  });

  it('leaves dates with no cue, cues with no date, and words that only contain a cue', () => {
    expect(
      written('admitted 3/4/2024; stubborn 1/2/1950; newborn 1/2/2024; born in 1950; mayday 3 May'),
    ).toEqual([]);
  });
});
