/**
 * Per-theme decision thresholds from out-of-fold scores: the cut that maximises that theme's F1,
 * so a rare theme gets a lower bar than a common one and is still suggested.
 */

/**
 * The threshold (midway between two neighbouring scores) that maximises F1 of `score > threshold`
 * against `labels`. With fewer than `minimumPositives` positives the estimate would be noise, so
 * `fallback` is returned instead.
 */
export const tuneThreshold = (
  scores: Float64Array,
  labels: Uint8Array,
  minimumPositives: number,
  fallback: number,
): number => {
  const order = Array.from(scores.keys()).sort(
    (left, right) => (scores[right] as number) - (scores[left] as number),
  );
  let positives = 0;
  for (const label of labels) positives += label;
  if (positives < minimumPositives) return fallback;
  let truePositives = 0;
  let bestF1 = -1;
  let bestThreshold = fallback;
  order.forEach((row, rank) => {
    truePositives += labels[row] as number;
    const score = scores[row] as number;
    const next = order[rank + 1];
    const nextScore = next === undefined ? score - 1 : (scores[next] as number);
    if (nextScore === score) return;
    const f1 = (2 * truePositives) / (rank + 1 + positives);
    if (f1 > bestF1) {
      bestF1 = f1;
      bestThreshold = (score + nextScore) / 2;
    }
  });
  return bestThreshold;
};
