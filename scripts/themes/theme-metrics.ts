/**
 * The figures `npm run themes:eval` prints and `npm run themes:train -- --cv` reports, from one
 * function so the two can never disagree.
 *
 * - `n`: rows in the file.
 * - Theme sets: per row, the true themes and the chosen (suggested) themes. "Labelling not
 *   possible" is not a theme (it says the comment was empty); the caller removes it from both sides
 *   (see `eval-themes.ts`).
 * - `microF1`: 2·TP / (2·TP + FP + FN), counted over every (row, theme) pair: a theme suggested
 *   for a row that does not have it is a false positive even when that theme is absent from the
 *   whole file.
 * - `macroF1`: the mean of per-theme F1 over the themes that occur at least once among the true
 *   themes of the file (a theme never suggested there scores 0).
 * - `recallAt3`: per row with at least one true theme, the share of its true themes that are among
 *   the three highest-ranked themes; then the mean over those rows (the usual per-query recall@k).
 * - `sentimentAccuracy3`: over rows with a true sentiment, the share whose predicted three-point
 *   sentiment equals the true 1–5 sentiment folded (1–2 positive, 3 mixed or neutral, 4–5 negative).
 */
import { foldSentiment, type Sentiment3 } from '../../src/domain/themes/fold-sentiment';

/** What was true of one row and what the suggester said. */
export type ScoredRow = {
  trueThemes: readonly string[];
  chosenThemes: readonly string[];
  /** Every theme, best first (only the first three are read). */
  rankedThemes: readonly string[];
  /** 1–5, or undefined when the row has none. */
  trueSentiment: number | undefined;
  /** `null` when the suggester gave none (text not substantive): wrong if the row has one. */
  predictedSentiment: Sentiment3 | null;
};

/** Precision, recall and F1 of one theme. */
export type ThemeFigures = { theme: string; support: number; precision: number; recall: number; f1: number };

/** The headline figures, in the order the eval prints them. */
export type HeadlineFigures = {
  n: number;
  microF1: number;
  macroF1: number;
  recallAt3: number;
  sentimentAccuracy3: number;
};

export type ThemeMetrics = HeadlineFigures & { perTheme: ThemeFigures[] };

const ratio = (numerator: number, denominator: number): number =>
  denominator === 0 ? 0 : numerator / denominator;

/** Computes every figure; see the header for the definitions. */
export const computeThemeMetrics = (rows: readonly ScoredRow[]): ThemeMetrics => {
  const counts = new Map<string, { truePositives: number; falsePositives: number; falseNegatives: number }>();
  const countsOf = (theme: string) => {
    let entry = counts.get(theme);
    if (entry === undefined) {
      entry = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
      counts.set(theme, entry);
    }
    return entry;
  };
  const present = new Set<string>();
  let recallSum = 0;
  let recallRows = 0;
  let sentimentRight = 0;
  let sentimentRows = 0;
  for (const row of rows) {
    const truth = new Set(row.trueThemes);
    const chosen = new Set(row.chosenThemes);
    for (const theme of truth) {
      present.add(theme);
      if (chosen.has(theme)) countsOf(theme).truePositives += 1;
      else countsOf(theme).falseNegatives += 1;
    }
    for (const theme of chosen) if (!truth.has(theme)) countsOf(theme).falsePositives += 1;
    if (truth.size > 0) {
      const topThree = row.rankedThemes.slice(0, 3);
      recallSum += topThree.filter((theme) => truth.has(theme)).length / truth.size;
      recallRows += 1;
    }
    if (row.trueSentiment !== undefined) {
      sentimentRows += 1;
      if (foldSentiment(row.trueSentiment) === row.predictedSentiment) sentimentRight += 1;
    }
  }
  let truePositives = 0;
  let errors = 0;
  for (const entry of counts.values()) {
    truePositives += entry.truePositives;
    errors += entry.falsePositives + entry.falseNegatives;
  }
  const perTheme = [...present].sort().map((theme): ThemeFigures => {
    const entry = countsOf(theme);
    const precision = ratio(entry.truePositives, entry.truePositives + entry.falsePositives);
    const recall = ratio(entry.truePositives, entry.truePositives + entry.falseNegatives);
    return {
      theme,
      support: entry.truePositives + entry.falseNegatives,
      precision,
      recall,
      f1: ratio(
        2 * entry.truePositives,
        2 * entry.truePositives + entry.falsePositives + entry.falseNegatives,
      ),
    };
  });
  return {
    n: rows.length,
    microF1: ratio(2 * truePositives, 2 * truePositives + errors),
    macroF1: ratio(
      perTheme.reduce((sum, figures) => sum + figures.f1, 0),
      perTheme.length,
    ),
    recallAt3: ratio(recallSum, recallRows),
    sentimentAccuracy3: ratio(sentimentRight, sentimentRows),
    perTheme,
  };
};
