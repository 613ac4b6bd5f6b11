/**
 * Honest figures for the whole training procedure: grouped outer folds; inside each, the complete
 * `fitThemeModel` (its own inner folds for thresholds and Platt scaling, then packing and
 * quantisation) on the other folds, and the packed artefact, parsed as the device parses it,
 * scores the held-out fold with `suggestThemes`. Nothing about a held-out fold is seen in training.
 */
import { parseThemeModel } from '../../src/domain/themes/parse-theme-model';
import { LABELLING_NOT_POSSIBLE } from '../../src/domain/theme-frame/theme-frame';
import { assignFolds } from './assign-folds';
import type { FrameworkExample } from './framework-examples';
import { fitThemeModel } from './fit-theme-model';
import type { FeedbackExample } from './read-feedback-csv';
import { scoreExamples, type LabellingConvention } from './score-examples';
import { createSeededRandom } from './seeded-random';
import { computeThemeMetrics, type ThemeMetrics, type ScoredRow } from './theme-metrics';
import type { TrainingSettings } from './training-settings';

/** Figures for each way of counting: convention × whether the question and rating were given. */
export type CrossValidatedFigures = Record<
  `${LabellingConvention} ${'with context' | 'text only'}`,
  ThemeMetrics
>;

const VARIANTS = [
  ['framework', true],
  ['framework', false],
  ['themes-only', true],
  ['themes-only', false],
] as const;

/** Runs `outerFolds`-fold nested cross-validation; `onFold` hears when each fold is done. */
export const crossValidate = (
  examples: readonly FeedbackExample[],
  framework: readonly FrameworkExample[],
  settings: TrainingSettings,
  outerFolds: number,
  onFold: (fold: number) => void,
): CrossValidatedFigures => {
  const folds = assignFolds(
    examples.map((example) => ({
      group: example.group,
      themes: example.themes.filter((theme) => theme !== LABELLING_NOT_POSSIBLE),
    })),
    outerFolds,
    createSeededRandom(settings.seed ^ 0x5eed),
  );
  const rows = new Map<string, ScoredRow[]>(
    VARIANTS.map(([convention, isContextUsed]) => [`${convention} ${isContextUsed}`, []]),
  );
  for (let fold = 0; fold < outerFolds; fold += 1) {
    const training = examples.filter((_, index) => folds[index] !== fold);
    const held = examples.filter((_, index) => folds[index] === fold);
    const { artefact } = fitThemeModel(training, framework, settings, 'cross-validation');
    const model = parseThemeModel(JSON.parse(JSON.stringify(artefact)));
    if (!model.isOk) throw new Error(model.error);
    for (const [convention, isContextUsed] of VARIANTS) {
      rows
        .get(`${convention} ${isContextUsed}`)
        ?.push(...scoreExamples(model.value, held, convention, isContextUsed));
    }
    onFold(fold);
  }
  const metricsOf = (convention: LabellingConvention, isContextUsed: boolean): ThemeMetrics =>
    computeThemeMetrics(rows.get(`${convention} ${isContextUsed}`) ?? []);
  return {
    'framework with context': metricsOf('framework', true),
    'framework text only': metricsOf('framework', false),
    'themes-only with context': metricsOf('themes-only', true),
    'themes-only text only': metricsOf('themes-only', false),
  };
};
