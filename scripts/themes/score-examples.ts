/**
 * Turns suggestions into the rows the metrics count, under one of two conventions for
 * "Labelling not possible" (the code the data set gives empty comments and "Did not answer"):
 *
 * - `framework`: it counts like any sub-category, as in the published pxtextmining figures; the
 *   suggester gives it exactly when it finds the text not substantive (`isSubstantive: false`).
 *   This is the headline, because the aims and the published models are stated this way.
 * - `themes-only`: it is removed from the true themes and never predicted; rows that had only it
 *   then count for nothing (no true theme, and nothing is suggested for them). This measures only
 *   what staff see as suggestions.
 */
import type { FeatureContext } from '../../src/domain/themes/extract-features';
import type { ThemeModel } from '../../src/domain/themes/parse-theme-model';
import { LABELLING_NOT_POSSIBLE } from '../../src/domain/theme-frame/theme-frame';
import { suggestThemes, type ThemeSuggestion } from '../../src/domain/themes/suggest-themes';
import type { ScoredRow } from './theme-metrics';

/** How "Labelling not possible" counts; see the header. */
export type LabellingConvention = 'framework' | 'themes-only';

/** What scoring needs of a labelled example. */
export type LabelledText = {
  text: string;
  context: FeatureContext;
  sentiment: number | undefined;
  themes: readonly string[];
};

/** One row for the metrics from a suggestion and the truth. */
export const toScoredRow = (
  example: LabelledText,
  suggestion: ThemeSuggestion,
  convention: LabellingConvention,
): ScoredRow => {
  const isFramework = convention === 'framework';
  const notPossible = isFramework && !suggestion.isSubstantive ? [LABELLING_NOT_POSSIBLE] : [];
  return {
    trueThemes: isFramework
      ? example.themes
      : example.themes.filter((theme) => theme !== LABELLING_NOT_POSSIBLE),
    chosenThemes: [...notPossible, ...suggestion.chosen],
    rankedThemes: [...notPossible, ...suggestion.themes.map((theme) => theme.name)],
    trueSentiment: example.sentiment,
    predictedSentiment: suggestion.sentiment,
  };
};

/**
 * Suggests for every example with the model and returns the rows for the metrics. With
 * `isContextUsed` false the question and rating are withheld, as on staff capture.
 */
export const scoreExamples = (
  model: ThemeModel,
  examples: readonly LabelledText[],
  convention: LabellingConvention,
  isContextUsed: boolean,
): ScoredRow[] =>
  examples.map((example) =>
    toScoredRow(
      example,
      suggestThemes(model, example.text, isContextUsed ? example.context : {}),
      convention,
    ),
  );
