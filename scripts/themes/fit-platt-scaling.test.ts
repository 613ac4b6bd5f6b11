import { describe, expect, it } from 'vitest';
import { fitPlattScaling } from './fit-platt-scaling';
import { createSeededRandom } from './seeded-random';

describe('fitPlattScaling', () => {
  it('recovers a known logistic curve from labels drawn from it', () => {
    const random = createSeededRandom(3);
    const scores = Float64Array.from({ length: 20_000 }, () => random() * 8 - 4);
    const labels = Uint8Array.from(scores, (score) =>
      random() < 1 / (1 + Math.exp(-(2 * score - 1))) ? 1 : 0,
    );
    const { slope, intercept } = fitPlattScaling(scores, labels);
    expect(slope).toBeCloseTo(2, 0);
    expect(intercept).toBeCloseTo(-1, 0);
  });

  it('stays finite when the scores separate the labels perfectly', () => {
    const { slope, intercept } = fitPlattScaling(Float64Array.of(-2, -1, 1, 2), Uint8Array.of(0, 0, 1, 1));
    expect(Number.isFinite(slope) && Number.isFinite(intercept)).toBe(true);
    expect(slope).toBeGreaterThan(0);
  });
});
