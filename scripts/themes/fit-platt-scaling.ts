/**
 * Platt scaling: a one-dimensional logistic fit from held-out scores to labels,
 * `p = 1 / (1 + exp(-(slope · score + intercept)))`, so that themes scored by separately trained
 * models can be ranked against each other by probability. Platt's smoothed targets keep a theme
 * with few examples from getting an infinitely steep curve.
 */

/** The fitted curve. */
export type PlattScaling = { slope: number; intercept: number };

const MINIMUM_STEP = 1e-10;
const GRADIENT_TOLERANCE = 1e-5;

/**
 * Newton's method with backtracking, as in Lin, Lin & Weng (2007), in their parameterisation
 * `p = 1 / (1 + exp(a · score + b))`; returned as slope −a and intercept −b.
 */
export const fitPlattScaling = (scores: Float64Array, labels: Uint8Array): PlattScaling => {
  let positives = 0;
  for (const label of labels) positives += label;
  const negatives = labels.length - positives;
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  const targets = Float64Array.from(labels, (label) => (label === 1 ? high : low));
  const objective = (a: number, b: number): number => {
    let sum = 0;
    for (let index = 0; index < scores.length; index += 1) {
      const f = (scores[index] as number) * a + b;
      const target = targets[index] as number;
      sum += f >= 0 ? target * f + Math.log1p(Math.exp(-f)) : (target - 1) * f + Math.log1p(Math.exp(f));
    }
    return sum;
  };
  let a = 0;
  let b = Math.log((negatives + 1) / (positives + 1));
  let value = objective(a, b);
  for (let iteration = 0; iteration < 100; iteration += 1) {
    let h11 = 1e-12;
    let h22 = 1e-12;
    let h21 = 0;
    let g1 = 0;
    let g2 = 0;
    for (let index = 0; index < scores.length; index += 1) {
      const score = scores[index] as number;
      const f = score * a + b;
      const p = f >= 0 ? Math.exp(-f) / (1 + Math.exp(-f)) : 1 / (1 + Math.exp(f));
      const d2 = p * (1 - p);
      h11 += score * score * d2;
      h22 += d2;
      h21 += score * d2;
      const d1 = (targets[index] as number) - p;
      g1 += score * d1;
      g2 += d1;
    }
    if (Math.abs(g1) < GRADIENT_TOLERANCE && Math.abs(g2) < GRADIENT_TOLERANCE) break;
    const determinant = h11 * h22 - h21 * h21;
    const deltaA = -(h22 * g1 - h21 * g2) / determinant;
    const deltaB = -(-h21 * g1 + h11 * g2) / determinant;
    const descent = g1 * deltaA + g2 * deltaB;
    let step = 1;
    while (step >= MINIMUM_STEP) {
      const nextValue = objective(a + step * deltaA, b + step * deltaB);
      if (nextValue < value + 1e-4 * step * descent) {
        a += step * deltaA;
        b += step * deltaB;
        value = nextValue;
        break;
      }
      step /= 2;
    }
    if (step < MINIMUM_STEP) break;
  }
  return { slope: -a, intercept: -b };
};
