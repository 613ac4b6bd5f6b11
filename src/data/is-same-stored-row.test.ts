import { describe, expect, it } from 'vitest';
import { isSameStoredRow } from './is-same-stored-row';

describe('isSameStoredRow', () => {
  it('holds for the same data in another key order', () => {
    expect(
      isSameStoredRow(
        { id: 'a', themes: ['x', 'y'], at: { n: 1 } },
        { at: { n: 1 }, themes: ['x', 'y'], id: 'a' },
      ),
    ).toBe(true);
  });

  it('tells apart a changed value, a missing or extra key, array order and null from absent', () => {
    const row = { id: 'a', createdAt: '2026-01-01T00:00:00.000Z', themes: ['x', 'y'], supersedes: null };
    expect(isSameStoredRow(row, { ...row, createdAt: '2026-01-01T00:00:01.000Z' })).toBe(false);
    expect(isSameStoredRow(row, { ...row, extra: 1 })).toBe(false);
    expect(isSameStoredRow(row, { ...row, themes: ['y', 'x'] })).toBe(false);
    const { supersedes: _supersedes, ...withoutSupersedes } = row;
    expect(isSameStoredRow(row, { ...withoutSupersedes, other: null })).toBe(false);
    expect(isSameStoredRow(row, withoutSupersedes)).toBe(false);
    expect(isSameStoredRow(undefined, row)).toBe(false);
    expect(isSameStoredRow([1], { 0: 1 })).toBe(false);
  });
});
