import { describe, expect, it } from 'vitest';
import { addEchoValues, findEchoes } from './find-echoes';

describe('findEchoes', () => {
  it('finds other whole-word mentions of each word of a name, with the same capitals', () => {
    const text = 'Dr Amy Smith-Jones. Amy said Smith-Jones would call; amy, Amyas, 0000Amy';
    const values = addEchoValues(new Map(), text, [{ kind: 'name', start: 3, end: 18 }]);
    expect(values).toEqual(
      new Map([
        ['Amy', 'name'],
        ['Smith-Jones', 'name'],
      ]),
    );
    const mentions = findEchoes(text, values).map((echo) => [echo.start, text.slice(echo.start, echo.end)]);
    expect(mentions).toEqual([
      [3, 'Amy'],
      [20, 'Amy'],
      [69, 'Amy'],
      [7, 'Smith-Jones'],
      [29, 'Smith-Jones'],
    ]);
  });

  it('does not look for initials on their own', () => {
    const text = 'Dr J. R. Smith; J. said';
    expect(addEchoValues(new Map(), text, [{ kind: 'name', start: 3, end: 14 }])).toEqual(
      new Map([['Smith', 'name']]),
    );
  });

  it('finds a date of birth written again, but not inside a longer number', () => {
    const text = 'DOB 1/2/50. Yes 1/2/50, not 11/2/50 or 1/2/501';
    const values = addEchoValues(new Map(), text, [{ kind: 'date-of-birth', start: 4, end: 10 }]);
    expect(findEchoes(text, values).map((echo) => echo.start)).toEqual([4, 16]);
  });
});
