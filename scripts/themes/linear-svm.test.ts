import { describe, expect, it } from 'vitest';
import { scoreRow, trainLinearSvm, type TrainingMatrix } from './linear-svm';
import { createSeededRandom } from './seeded-random';

/** Column 0 says "positive", column 1 "negative", column 2 is noise present in every row. */
const matrix: TrainingMatrix = {
  dimension: 3,
  indices: [
    Int32Array.of(0, 2),
    Int32Array.of(0, 2),
    Int32Array.of(0, 2),
    Int32Array.of(1, 2),
    Int32Array.of(1, 2),
    Int32Array.of(1, 2),
  ],
  values: Array.from({ length: 6 }, () => Float32Array.of(1, 0.5)),
};
const labels = Int8Array.of(1, 1, 1, -1, -1, -1);
const train = (costs: number[], seed = 1) =>
  trainLinearSvm(matrix, {
    labels,
    costs: Float64Array.from(costs),
    biasFeature: 1,
    maxPasses: 100,
    tolerance: 1e-4,
    random: createSeededRandom(seed),
  });

describe('trainLinearSvm', () => {
  it('separates separable rows with the margin on the right side', () => {
    const scorer = train([10, 10, 10, 10, 10, 10]);
    const scores = matrix.indices.map((indices, row) =>
      scoreRow(scorer, indices, matrix.values[row] as Float32Array),
    );
    expect(scores.slice(0, 3).every((score) => score > 0.9)).toBe(true);
    expect(scores.slice(3).every((score) => score < -0.9)).toBe(true);
    expect(scorer.weights[0]).toBeGreaterThan(0);
    expect(scorer.weights[1]).toBeLessThan(0);
  });

  it('pulls the boundary towards the cheaper class when costs differ', () => {
    const balanced = train([0.05, 0.05, 0.05, 0.05, 0.05, 0.05]);
    const positivesDear = train([1, 1, 1, 0.05, 0.05, 0.05]);
    expect(positivesDear.bias).toBeGreaterThan(balanced.bias);
  });

  it('gives the same weights for the same seed', () => {
    expect(train([1, 1, 1, 1, 1, 1], 7)).toEqual(train([1, 1, 1, 1, 1, 1], 7));
  });
});
