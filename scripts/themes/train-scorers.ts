/**
 * Trains every output of the theme model on some rows: one-vs-rest linear SVMs, one per theme
 * (positives weighted up by how rare the theme is) and one per three-point sentiment class.
 */
import { trainLinearSvm, type LinearScorer, type TrainingMatrix } from './linear-svm';
import { createSeededRandom } from './seeded-random';
import type { TrainingSettings } from './training-settings';
import { selectRows } from './vectorise-examples';

/** What each row is labelled: a 0/1 per theme, and a sentiment class index or −1 for none. */
export type RowLabels = {
  themes: readonly Uint8Array[];
  sentiment: Int8Array;
  sentimentClassCount: number;
  /** Rows that may teach themes (substantive text). */
  isThemeRow: Uint8Array;
};

/** The trained scorers, themes first. */
export type TrainedScorers = { themes: LinearScorer[]; sentiments: LinearScorer[] };

const trainOne = (
  matrix: TrainingMatrix,
  rows: readonly number[],
  isPositive: (row: number) => boolean,
  cost: number,
  classWeightPower: number,
  settings: TrainingSettings,
  seed: number,
): LinearScorer => {
  const labels = Int8Array.from(rows, (row) => (isPositive(row) ? 1 : -1));
  let positives = 0;
  for (const label of labels) if (label === 1) positives += 1;
  const positiveWeight = ((labels.length - positives) / Math.max(positives, 1)) ** classWeightPower;
  return trainLinearSvm(selectRows(matrix, rows), {
    labels,
    costs: Float64Array.from(labels, (label) => (label === 1 ? cost * positiveWeight : cost)),
    biasFeature: 1,
    maxPasses: settings.maxPasses,
    tolerance: settings.tolerance,
    random: createSeededRandom(seed),
  });
};

/** Trains all outputs on `rows` of `matrix`. */
export const trainScorers = (
  matrix: TrainingMatrix,
  rows: readonly number[],
  labels: RowLabels,
  settings: TrainingSettings,
): TrainedScorers => {
  const themeRows = rows.filter((row) => labels.isThemeRow[row] === 1);
  const sentimentRows = rows.filter((row) => (labels.sentiment[row] as number) >= 0);
  return {
    themes: labels.themes.map((isTheme, output) =>
      trainOne(
        matrix,
        themeRows,
        (row) => isTheme[row] === 1,
        settings.themeCost,
        settings.classWeightPower,
        settings,
        settings.seed + output,
      ),
    ),
    sentiments: Array.from({ length: labels.sentimentClassCount }, (_, sentiment) =>
      trainOne(
        matrix,
        sentimentRows,
        (row) => labels.sentiment[row] === sentiment,
        settings.sentimentCost,
        0,
        settings,
        settings.seed + 1000 + sentiment,
      ),
    ),
  };
};
