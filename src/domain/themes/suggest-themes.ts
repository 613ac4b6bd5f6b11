/**
 * Theme and sentiment suggestions for one comment, on the device, with no network. Themes are
 * suggestions: staff confirm them, and only confirmed themes are counted.
 */
import { extractFeatures, type FeatureContext } from './extract-features';
import type { Sentiment3 } from './fold-sentiment';
import { isSubstantive } from './is-substantive';
import type { ThemeModel, ThemeOutput } from './parse-theme-model';

/** The highest rating code the training data uses (FFT codes 1–6, and 7 for not answered). */
const MAX_RATING = 7;

/** One theme with how likely the model thinks it is. */
export type ScoredTheme = {
  /** QDC v7 sub-category name. */
  name: string;
  /** Kebab-case code, as a note stores it. */
  code: string;
  /** Estimated probability that the theme applies, from 0 to 1 (cross-validated Platt scaling). */
  score: number;
  /** Whether the theme is among {@link ThemeSuggestion.chosen}. */
  isChosen: boolean;
};

/** What the suggester offers for one comment. */
export type ThemeSuggestion = {
  /** False for empty text, punctuation or "did not answer": then nothing is suggested. */
  isSubstantive: boolean;
  /** Every theme, most likely first; empty when the text is not substantive. */
  themes: ScoredTheme[];
  /**
   * Names of the themes to pre-select: those above their own threshold (tuned per theme) that are
   * not unlikely, and at least the most likely one when the text is substantive.
   */
  chosen: string[];
  /** Three-point sentiment; `null` when the text is not substantive. */
  sentiment: Sentiment3 | null;
};

/** Keeps only the context the model was trained with, so unknown values add no stray features. */
const usableContext = (model: ThemeModel, context: FeatureContext): FeatureContext => {
  const { question, rating } = context;
  return {
    ...(question !== undefined && model.questionKinds.has(question) ? { question } : {}),
    ...(model.hasRatingFeature &&
    rating !== undefined &&
    Number.isInteger(rating) &&
    rating >= 1 &&
    rating <= MAX_RATING
      ? { rating }
      : {}),
  };
};

/** Every output's margin: bias plus the scaled weighted sum over the text's features. */
const scoreOutputs = (model: ThemeModel, text: string, context: FeatureContext): Float64Array => {
  const { indices, values } = extractFeatures(text, usableContext(model, context), model.features);
  const sums = new Float64Array(model.outputCount);
  for (let k = 0; k < indices.length; k += 1) {
    const row = model.rowOfBucket.get(indices[k] as number);
    if (row === undefined) continue;
    const value = values[k] as number;
    const offset = row * model.outputCount;
    for (let output = 0; output < model.outputCount; output += 1) {
      sums[output] = (sums[output] as number) + (model.weights[offset + output] as number) * value;
    }
  }
  for (let output = 0; output < model.outputCount; output += 1) {
    sums[output] =
      (model.biases[output] as number) + (model.scales[output] as number) * (sums[output] as number);
  }
  return sums;
};

const logistic = (value: number): number => 1 / (1 + Math.exp(-value));

/**
 * Ranks themes by probability and marks the chosen ones: above their own threshold and with a
 * probability of at least `minimumScore`, or else the most likely one. `margins[i]` is the margin of
 * `themes[i]`. Shared with training, which scores its cross-validation predictions with this rule.
 */
export const rankThemes = (
  themes: readonly ThemeOutput[],
  margins: ArrayLike<number>,
  minimumScore: number,
): ScoredTheme[] => {
  const ranked = themes
    .map((theme, output) => {
      const margin = margins[output] as number;
      const score = logistic(theme.slope * margin + theme.intercept);
      return {
        name: theme.name,
        code: theme.code,
        score,
        isChosen: margin > theme.threshold && score >= minimumScore,
      };
    })
    .sort((left, right) => right.score - left.score);
  const first = ranked[0];
  if (first !== undefined && !ranked.some((theme) => theme.isChosen)) first.isChosen = true;
  return ranked;
};

/** The sentiment whose margin is largest; `margins[i]` belongs to `sentiments[i]`. */
export const chooseSentiment = (
  sentiments: readonly Sentiment3[],
  margins: ArrayLike<number>,
): Sentiment3 | null => {
  let chosen: Sentiment3 | null = null;
  let best = -Infinity;
  sentiments.forEach((sentiment, index) => {
    const margin = margins[index] as number;
    if (margin > best) {
      best = margin;
      chosen = sentiment;
    }
  });
  return chosen;
};

/**
 * Suggests themes and a sentiment for `text`. `context` (which question the text answers, the FFT
 * rating) is optional and helps only the kiosk, which knows it. Pure and deterministic; about a
 * millisecond on a laptop.
 */
export const suggestThemes = (
  model: ThemeModel,
  text: string,
  context: FeatureContext = {},
): ThemeSuggestion => {
  if (!isSubstantive(text)) return { isSubstantive: false, themes: [], chosen: [], sentiment: null };
  const margins = scoreOutputs(model, text, context);
  const themes = rankThemes(model.themes, margins, model.minimumScore);
  return {
    isSubstantive: true,
    themes,
    chosen: themes.filter((theme) => theme.isChosen).map((theme) => theme.name),
    sentiment: chooseSentiment(model.sentiments, margins.subarray(model.themes.length)),
  };
};
