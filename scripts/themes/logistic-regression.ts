/**
 * Binary L2-regularised logistic regression trained by dual coordinate descent (Yu, Huang & Lin
 * 2011, liblinear's `-s 7`): like the SVM solver, no learning rate and deterministic for a given
 * visiting order, but its scores are log-odds, which rank themes against each other better than
 * SVM margins do. Each row has its own cost, which is how rare themes are weighted up.
 */
import type { LinearScorer, TrainingMatrix } from './linear-svm';

export type LogisticOptions = {
  /** +1 or -1 per row. */
  labels: Int8Array;
  /** Cost C of each row. */
  costs: Float64Array;
  /** The bias is learnt as the weight of a constant feature of this value. */
  biasFeature: number;
  maxPasses: number;
  /** Stop when the largest gradient of a pass falls under this. */
  tolerance: number;
  random: () => number;
};

const MAX_NEWTON_STEPS = 100;

/** Trains one binary scorer whose score is the log-odds of the positive label. */
export const trainLogisticRegression = (matrix: TrainingMatrix, options: LogisticOptions): LinearScorer => {
  const { labels, costs, biasFeature } = options;
  const rowCount = labels.length;
  const weights = new Float64Array(matrix.dimension);
  let bias = 0;
  // alphas[2i] is the row's dual variable, alphas[2i + 1] = C_i − alphas[2i], kept apart for precision.
  const alphas = new Float64Array(2 * rowCount);
  const squares = new Float64Array(rowCount);
  for (let row = 0; row < rowCount; row += 1) {
    const cost = costs[row] as number;
    const alpha = Math.min(0.001 * cost, 1e-8);
    alphas[2 * row] = alpha;
    alphas[2 * row + 1] = cost - alpha;
    const indices = matrix.indices[row] as Int32Array;
    const values = matrix.values[row] as Float32Array;
    let sum = biasFeature * biasFeature;
    const step = (labels[row] as number) * alpha;
    for (let k = 0; k < values.length; k += 1) {
      const value = values[k] as number;
      sum += value * value;
      const column = indices[k] as number;
      weights[column] = (weights[column] as number) + step * value;
    }
    bias += step * biasFeature;
    squares[row] = sum;
  }
  const order = Int32Array.from({ length: rowCount }, (_, row) => row);
  let innerTolerance = 1e-2;
  const smallestInnerTolerance = Math.min(1e-8, options.tolerance);
  for (let pass = 0; pass < options.maxPasses; pass += 1) {
    for (let index = rowCount - 1; index > 0; index -= 1) {
      const other = Math.floor(options.random() * (index + 1));
      const swap = order[index] as number;
      order[index] = order[other] as number;
      order[other] = swap;
    }
    let newtonSteps = 0;
    let largestGradient = 0;
    for (let position = 0; position < rowCount; position += 1) {
      const row = order[position] as number;
      const indices = matrix.indices[row] as Int32Array;
      const values = matrix.values[row] as Float32Array;
      const label = labels[row] as number;
      const cost = costs[row] as number;
      let margin = bias * biasFeature;
      for (let k = 0; k < indices.length; k += 1) {
        margin += (weights[indices[k] as number] as number) * (values[k] as number);
      }
      const a = squares[row] as number;
      const b = label * margin;
      let first = 2 * row;
      let second = 2 * row + 1;
      let sign = 1;
      if (0.5 * a * ((alphas[second] as number) - (alphas[first] as number)) + b < 0) {
        first = 2 * row + 1;
        second = 2 * row;
        sign = -1;
      }
      const previous = alphas[first] as number;
      let z = previous;
      if (cost - z < 0.5 * cost) z = 0.1 * z;
      let gradient = a * (z - previous) + sign * b + Math.log(z / (cost - z));
      largestGradient = Math.max(largestGradient, Math.abs(gradient));
      let steps = 0;
      while (steps <= MAX_NEWTON_STEPS && Math.abs(gradient) >= innerTolerance) {
        const curvature = a + cost / (cost - z) / z;
        const next = z - gradient / curvature;
        z = next <= 0 ? z * 0.1 : next;
        gradient = a * (z - previous) + sign * b + Math.log(z / (cost - z));
        steps += 1;
      }
      newtonSteps += steps;
      if (steps > 0) {
        alphas[first] = z;
        alphas[second] = cost - z;
        const step = sign * (z - previous) * label;
        for (let k = 0; k < indices.length; k += 1) {
          const column = indices[k] as number;
          weights[column] = (weights[column] as number) + step * (values[k] as number);
        }
        bias += step * biasFeature;
      }
    }
    if (largestGradient < options.tolerance) break;
    if (newtonSteps <= rowCount / 10) innerTolerance = Math.max(smallestInnerTolerance, 0.1 * innerTolerance);
  }
  return { weights, bias: bias * biasFeature };
};
