import { describe, expect, it } from 'vitest';
import { mergeIdentifiers } from './merge-identifiers';

describe('mergeIdentifiers', () => {
  it('sorts, and merges overlapping ranges into one of the kind of the longest', () => {
    expect(
      mergeIdentifiers([
        { kind: 'name', start: 12, end: 17 },
        { kind: 'email', start: 9, end: 25 },
        { kind: 'postcode', start: 0, end: 7 },
      ]),
    ).toEqual([
      { kind: 'postcode', start: 0, end: 7 },
      { kind: 'email', start: 9, end: 25 },
    ]);
  });

  it('breaks a tie in length by the order of REDACTION_KINDS', () => {
    expect(
      mergeIdentifiers([
        { kind: 'phone-number', start: 0, end: 10 },
        { kind: 'nhs-number', start: 0, end: 10 },
      ]),
    ).toEqual([{ kind: 'nhs-number', start: 0, end: 10 }]);
  });

  it('covers a chain of overlaps and keeps ranges that only touch apart', () => {
    expect(
      mergeIdentifiers([
        { kind: 'name', start: 0, end: 4 },
        { kind: 'name', start: 3, end: 8 },
        { kind: 'phone-number', start: 7, end: 20 },
        { kind: 'name', start: 20, end: 24 },
      ]),
    ).toEqual([
      { kind: 'phone-number', start: 0, end: 20 },
      { kind: 'name', start: 20, end: 24 },
    ]);
  });

  it('returns nothing for nothing', () => {
    expect(mergeIdentifiers([])).toEqual([]);
  });
});
