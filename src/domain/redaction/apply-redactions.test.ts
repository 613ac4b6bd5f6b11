import { describe, expect, it } from 'vitest';
import { applyRedactions, toOriginalOffsets } from './apply-redactions';

describe('applyRedactions', () => {
  const text = 'Dr Lee, LS1 4AP';
  const applied = applyRedactions(text, [
    { kind: 'name', start: 3, end: 6 },
    { kind: 'postcode', start: 8, end: 15 },
  ]);

  it('replaces each range with its placeholder', () => {
    expect(applied.text).toBe('Dr [name removed], [postcode removed]');
  });

  it('maps offsets in the result back to the original, widening ranges that reach a placeholder', () => {
    expect(toOriginalOffsets(applied.pieces, 0, 2)).toEqual({ start: 0, end: 2 });
    expect(toOriginalOffsets(applied.pieces, 17, 19)).toEqual({ start: 6, end: 8 });
    expect(toOriginalOffsets(applied.pieces, 5, 18)).toEqual({ start: 3, end: 7 });
    expect(() => toOriginalOffsets(applied.pieces, 30, 40)).toThrow(RangeError);
  });

  it('leaves a text with no ranges as it is', () => {
    expect(applyRedactions(text, []).text).toBe(text);
    expect(applyRedactions('', []).text).toBe('');
  });
});
