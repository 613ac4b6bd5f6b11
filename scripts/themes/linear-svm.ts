/**
 * A binary linear SVM with squared hinge loss and L2 regularisation, trained by dual coordinate
 * descent (Hsieh et al. 2008, the method of liblinear's default solver): no learning rate to tune,
 * deterministic for a given visiting order, and a few passes over sparse data suffice.
 * Each row has its own cost, which is how rare themes are weighted up.
 */

/** Training rows: sparse vectors over columns `0 … dimension - 1`. */
export type TrainingMatrix = {
  dimension: number;
  indices: Int32Array[];
  values: Float32Array[];
};

/** A trained scorer: `score = weights · x + bias`. */
export type LinearScorer = { weights: Float64Array; bias: number };

export type SvmOptions = {
  /** +1 or -1 per row. */
  labels: Int8Array;
  /** Cost C of each row (larger: fit that row harder). */
  costs: Float64Array;
  /** The bias is learnt as the weight of a constant feature of this value. */
  biasFeature: number;
  maxPasses: number;
  /** Stop when the projected-gradient spread falls under this. */
  tolerance: number;
  random: () => number;
};

/** Trains one binary scorer. */
export const trainLinearSvm = (matrix: TrainingMatrix, options: SvmOptions): LinearScorer => {
  const { labels, costs, biasFeature } = options;
  const rowCount = labels.length;
  const weights = new Float64Array(matrix.dimension);
  let bias = 0;
  const alphas = new Float64Array(rowCount);
  const diagonal = new Float64Array(rowCount);
  const curvature = new Float64Array(rowCount);
  for (let row = 0; row < rowCount; row += 1) {
    const values = matrix.values[row] as Float32Array;
    let squares = biasFeature * biasFeature;
    for (let k = 0; k < values.length; k += 1) squares += (values[k] as number) ** 2;
    diagonal[row] = 0.5 / (costs[row] as number);
    curvature[row] = squares + (diagonal[row] as number);
  }
  const order = Int32Array.from({ length: rowCount }, (_, row) => row);
  // Shrinking (as in liblinear): a row whose dual variable is 0 and whose gradient is above the
  // previous pass's largest is set aside until the active rows converge, then everything is
  // checked once more. Most rows of a rare theme are easy negatives, so this saves most passes.
  let activeCount = rowCount;
  let previousLargest = Infinity;
  for (let pass = 0; pass < options.maxPasses; pass += 1) {
    for (let index = activeCount - 1; index > 0; index -= 1) {
      const other = Math.floor(options.random() * (index + 1));
      const swap = order[index] as number;
      order[index] = order[other] as number;
      order[other] = swap;
    }
    let largest = -Infinity;
    let smallest = Infinity;
    for (let position = 0; position < activeCount; position += 1) {
      const row = order[position] as number;
      const indices = matrix.indices[row] as Int32Array;
      const values = matrix.values[row] as Float32Array;
      const label = labels[row] as number;
      let margin = bias * biasFeature;
      for (let k = 0; k < indices.length; k += 1) {
        margin += (weights[indices[k] as number] as number) * (values[k] as number);
      }
      const alpha = alphas[row] as number;
      const gradient = label * margin - 1 + (diagonal[row] as number) * alpha;
      let projected = gradient;
      if (alpha === 0) {
        if (gradient > previousLargest) {
          activeCount -= 1;
          order[position] = order[activeCount] as number;
          order[activeCount] = row;
          position -= 1;
          continue;
        }
        projected = Math.min(gradient, 0);
      }
      if (projected > largest) largest = projected;
      if (projected < smallest) smallest = projected;
      if (Math.abs(projected) > 1e-12) {
        const next = Math.max(alpha - gradient / (curvature[row] as number), 0);
        const step = (next - alpha) * label;
        alphas[row] = next;
        for (let k = 0; k < indices.length; k += 1) {
          const column = indices[k] as number;
          weights[column] = (weights[column] as number) + step * (values[k] as number);
        }
        bias += step * biasFeature;
      }
    }
    if (largest - smallest <= options.tolerance) {
      if (activeCount === rowCount) break;
      activeCount = rowCount;
      previousLargest = Infinity;
      continue;
    }
    previousLargest = largest <= 0 ? Infinity : largest;
  }
  return { weights, bias: bias * biasFeature };
};

/** `weights · x + bias` for one sparse row. */
export const scoreRow = (scorer: LinearScorer, indices: Int32Array, values: Float32Array): number => {
  let score = scorer.bias;
  for (let k = 0; k < indices.length; k += 1) {
    score += (scorer.weights[indices[k] as number] as number) * (values[k] as number);
  }
  return score;
};
