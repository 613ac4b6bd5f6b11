import { describe, expect, it } from 'vitest';
import { computeThemeMetrics, type ScoredRow } from './theme-metrics';

const row = (overrides: Partial<ScoredRow>): ScoredRow => ({
  trueThemes: [],
  chosenThemes: [],
  rankedThemes: [],
  trueSentiment: undefined,
  predictedSentiment: null,
  ...overrides,
});

describe('computeThemeMetrics', () => {
  const rows = [
    // A: TP; B: FN (ranked 4th).
    row({
      trueThemes: ['A', 'B'],
      chosenThemes: ['A'],
      rankedThemes: ['A', 'C', 'D', 'B'],
      trueSentiment: 1,
      predictedSentiment: 'positive',
    }),
    // B: TP; C: FP.
    row({
      trueThemes: ['B'],
      chosenThemes: ['B', 'C'],
      rankedThemes: ['C', 'B', 'A'],
      trueSentiment: 3,
      predictedSentiment: 'negative',
    }),
    // No true theme: D is a FP, and the row is not in recall@3.
    row({ chosenThemes: ['D'], rankedThemes: ['D'], trueSentiment: 5, predictedSentiment: 'negative' }),
    // No sentiment: not in sentiment accuracy.
    row({ trueThemes: ['A'], chosenThemes: ['A'], rankedThemes: ['A'] }),
  ];
  const metrics = computeThemeMetrics(rows);

  it('counts micro-F1 over every suggestion, including themes absent from the file', () => {
    // TP 3 (A, B, A), FP 2 (C, D), FN 1 (B): 2·3 / (2·3 + 2 + 1).
    expect(metrics.microF1).toBeCloseTo(6 / 9);
  });

  it('averages per-theme F1 over the themes present among the true themes', () => {
    // A: TP 2 → F1 1; B: TP 1, FN 1 → F1 2/3. C and D never occur in truth.
    expect(metrics.perTheme.map((figures) => figures.theme)).toEqual(['A', 'B']);
    expect(metrics.macroF1).toBeCloseTo((1 + 2 / 3) / 2);
    expect(metrics.perTheme[1]).toMatchObject({ support: 2, precision: 1, recall: 0.5 });
  });

  it('takes recall@3 per row with a true theme, then the mean', () => {
    // Row 1: A in top 3, B not → ½; row 2: 1; row 4: 1.
    expect(metrics.recallAt3).toBeCloseTo((0.5 + 1 + 1) / 3);
  });

  it('folds sentiment to three points before comparing, over rows that have one', () => {
    // 1 → positive ✓; 3 → mixed ✗; 5 → negative ✓.
    expect(metrics.sentimentAccuracy3).toBeCloseTo(2 / 3);
    expect(metrics.n).toBe(4);
  });

  it('counts a missing sentiment prediction as wrong and gives zeros for no rows', () => {
    expect(computeThemeMetrics([row({ trueSentiment: 3 })]).sentimentAccuracy3).toBe(0);
    expect(computeThemeMetrics([])).toEqual({
      n: 0,
      microF1: 0,
      macroF1: 0,
      recallAt3: 0,
      sentimentAccuracy3: 0,
      perTheme: [],
    });
  });
});
