import { describe, expect, it } from 'vitest';
import { hashFeature } from './hash-feature';

describe('hashFeature', () => {
  // Pinned values: the committed artefact stores buckets of these hashes, so a change to the hash
  // must fail here before it silently scrambles every suggestion.
  it('gives the same unsigned 32-bit value as when the model was trained', () => {
    expect([hashFeature('wnurse'), hashFeature('c kin'), hashFeature('knowhat-was-good')])
      .toMatchInlineSnapshot(`
      [
        1786777810,
        892595472,
        2440113423,
      ]
    `);
  });

  it('is an unsigned 32-bit integer that spreads similar names apart', () => {
    const buckets = new Set(['wa', 'wb', 'wc', 'wd', 'we'].map((name) => hashFeature(name) & 1023));
    expect(buckets.size).toBe(5);
    for (const name of ['a', 'ab', 'longer name']) {
      expect(Number.isInteger(hashFeature(name))).toBe(true);
      expect(hashFeature(name)).toBeGreaterThanOrEqual(0);
      expect(hashFeature(name)).toBeLessThan(2 ** 32);
    }
  });
});
