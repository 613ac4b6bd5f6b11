/**
 * The whole training procedure on one set of labelled comments, used both for the committed
 * artefact and inside each outer fold of the nested cross-validation:
 *
 * 1. features for every comment (and the framework's example comments, if used);
 * 2. grouped k-fold cross-validation → out-of-fold margins per theme and sentiment class;
 * 3. per theme, the F1-maximising threshold and Platt scaling fitted on those margins;
 * 4. all outputs trained again on every row, shrunk and quantised into the artefact.
 */
import { themeCodeOf } from '../../src/domain/theme-frame/theme-code-of';
import { DEFAULT_THEME_FRAME, LABELLING_NOT_POSSIBLE } from '../../src/domain/theme-frame/theme-frame';
import type { FeatureContext } from '../../src/domain/themes/extract-features';
import { QUESTION_KINDS } from '../../src/domain/themes/extract-features';
import { foldSentiment, SENTIMENTS_3 } from '../../src/domain/themes/fold-sentiment';
import { isSubstantive } from '../../src/domain/themes/is-substantive';
import type { ThemeOutput } from '../../src/domain/themes/parse-theme-model';
import { chooseSentiment, rankThemes } from '../../src/domain/themes/suggest-themes';
import {
  THEME_MODEL_FORMAT_VERSION,
  type ThemeModelArtefact,
} from '../../src/domain/themes/theme-model-artefact';
import { assignFolds } from './assign-folds';
import { fitPlattScaling } from './fit-platt-scaling';
import type { FrameworkExample } from './framework-examples';
import { scoreRow } from './linear-svm';
import { packLinearOutputs } from './pack-linear-outputs';
import type { FeedbackExample } from './read-feedback-csv';
import { toScoredRow, type LabellingConvention } from './score-examples';
import { createSeededRandom } from './seeded-random';
import type { ScoredRow } from './theme-metrics';
import { trainScorers, type RowLabels } from './train-scorers';
import type { TrainingSettings } from './training-settings';
import { tuneThreshold } from './tune-threshold';
import { vectoriseExamples } from './vectorise-examples';

/** The artefact, and the out-of-fold predictions its thresholds were tuned on. */
export type FittedThemeModel = {
  artefact: ThemeModelArtefact;
  /** Rows for the metrics; optimistic, since thresholds were tuned on these same predictions. */
  outOfFold: (convention: LabellingConvention) => ScoredRow[];
};

/** Themes the model learns: every label in the data except "Labelling not possible", framework order. */
const themeNamesOf = (
  examples: readonly FeedbackExample[],
  framework: readonly FrameworkExample[],
): string[] => {
  const names = new Set([
    ...examples.flatMap((example) => example.themes),
    ...framework.map((example) => example.theme),
  ]);
  names.delete(LABELLING_NOT_POSSIBLE);
  const order = (name: string): number => {
    const index = DEFAULT_THEME_FRAME.findIndex((theme) => theme.name === name);
    return index === -1 ? DEFAULT_THEME_FRAME.length : index;
  };
  return [...names].sort((left, right) => order(left) - order(right) || left.localeCompare(right));
};

/** Trains on `examples` (plus `framework` examples, always in training) with `settings`. */
export const fitThemeModel = (
  examples: readonly FeedbackExample[],
  framework: readonly FrameworkExample[],
  settings: TrainingSettings,
  source: string,
): FittedThemeModel => {
  const random = createSeededRandom(settings.seed);
  const themeNames = themeNamesOf(examples, framework);
  const contexts: FeatureContext[] = examples.map((example) =>
    settings.hasContext && random() >= settings.contextDropout ? example.context : {},
  );
  const texts = [...examples.map((example) => example.text), ...framework.map((example) => example.text)];
  const rowThemes = [
    ...examples.map((example) => example.themes),
    ...framework.map((example) => [example.theme]),
  ];
  const matrix = vectoriseExamples(texts, [...contexts, ...framework.map(() => ({}))], settings.features);
  const labels: RowLabels = {
    themes: themeNames.map((name) => Uint8Array.from(rowThemes, (themes) => (themes.includes(name) ? 1 : 0))),
    sentiment: Int8Array.from(texts, (_, row) => {
      const sentiment = examples[row]?.sentiment;
      return sentiment === undefined ? -1 : SENTIMENTS_3.indexOf(foldSentiment(sentiment));
    }),
    sentimentClassCount: SENTIMENTS_3.length,
    isThemeRow: Uint8Array.from(texts, (text) => (isSubstantive(text) ? 1 : 0)),
  };
  const folds = assignFolds(examples, settings.innerFolds, random);
  const frameworkRows = framework.map((_, index) => examples.length + index);
  const outputCount = themeNames.length + SENTIMENTS_3.length;
  const outOfFold = Array.from({ length: outputCount }, () => new Float64Array(examples.length));
  for (let fold = 0; fold < settings.innerFolds; fold += 1) {
    const trainingRows = [...examples.keys()].filter((row) => folds[row] !== fold).concat(frameworkRows);
    const scorers = trainScorers(matrix, trainingRows, labels, settings);
    const all = [...scorers.themes, ...scorers.sentiments];
    examples.forEach((_, row) => {
      if (folds[row] !== fold) return;
      all.forEach((scorer, output) => {
        (outOfFold[output] as Float64Array)[row] = scoreRow(
          scorer,
          matrix.indices[row] as Int32Array,
          matrix.values[row] as Float32Array,
        );
      });
    });
  }
  const themeRows = [...examples.keys()].filter((row) => labels.isThemeRow[row] === 1);
  const fitted = themeNames.map((name, output) => {
    const margins = Float64Array.from(themeRows, (row) => (outOfFold[output] as Float64Array)[row] as number);
    const truth = Uint8Array.from(themeRows, (row) => (labels.themes[output] as Uint8Array)[row] as number);
    const positives = truth.reduce((sum, label) => sum + label, 0);
    return {
      name,
      isWellSampled: positives >= settings.minimumPositivesForThreshold,
      threshold:
        (tuneThreshold(margins, truth, settings.minimumPositivesForThreshold, 0) * positives) /
        Math.max(positives + settings.thresholdShrinkage, 1),
      platt: fitPlattScaling(margins, truth),
    };
  });
  // A theme with almost no examples (Parking has one) gets a degenerate Platt curve that would rank
  // it last even when it is chosen; it borrows the median slope instead, centred on its threshold,
  // so its score passes one half exactly when it is chosen.
  const slopes = fitted.filter((theme) => theme.isWellSampled).map((theme) => theme.platt.slope);
  const medianSlope = slopes.sort((left, right) => left - right)[Math.floor(slopes.length / 2)] ?? 1;
  const themes: ThemeOutput[] = fitted.map(({ name, isWellSampled, threshold, platt }) => ({
    name,
    code: themeCodeOf(name),
    threshold,
    slope: isWellSampled ? platt.slope : medianSlope,
    intercept: isWellSampled ? platt.intercept : -medianSlope * threshold,
  }));
  const final = trainScorers(matrix, [...texts.keys()], labels, settings);
  const packed = packLinearOutputs(
    [...final.themes, ...final.sentiments],
    matrix.bucketOfColumn,
    settings.maxWeightsPerOutput,
  );
  const artefact: ThemeModelArtefact = {
    format: 'wardside-theme-model',
    formatVersion: THEME_MODEL_FORMAT_VERSION,
    source,
    features: settings.features,
    questionKinds: settings.hasContext ? [...QUESTION_KINDS] : [],
    hasRatingFeature: settings.hasContext,
    minimumScore: settings.minimumChosenScore,
    buckets: packed.buckets,
    themes: themes.map((theme, output) => ({
      ...theme,
      ...(packed.outputs[output] as (typeof packed.outputs)[number]),
    })),
    sentiments: SENTIMENTS_3.map((sentiment, index) => ({
      sentiment,
      ...(packed.outputs[themeNames.length + index] as (typeof packed.outputs)[number]),
    })),
  };
  return {
    artefact,
    outOfFold: (convention) =>
      examples.map((example, row) => {
        const margins = outOfFold.map((output) => output[row] as number);
        const isTextSubstantive = labels.isThemeRow[row] === 1;
        const ranked = isTextSubstantive ? rankThemes(themes, margins, settings.minimumChosenScore) : [];
        return toScoredRow(
          example,
          {
            isSubstantive: isTextSubstantive,
            themes: ranked,
            chosen: ranked.filter((theme) => theme.isChosen).map((theme) => theme.name),
            sentiment: isTextSubstantive
              ? chooseSentiment(SENTIMENTS_3, margins.slice(themeNames.length))
              : null,
          },
          convention,
        );
      }),
  };
};
