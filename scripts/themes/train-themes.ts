/**
 * `npm run themes:train`: trains the on-device theme and sentiment suggester from
 * `../shared/data/feedback-themes/train.csv` and writes the artefact `src/domain/themes/theme-model.json`.
 * `npm run themes:train -- --cv` instead runs 5-fold nested cross-validation of the whole procedure
 * and prints the figures (a few minutes more). Pure TypeScript, seeded, so the same data give the
 * same artefact byte for byte.
 *
 * Options: `--cv`, `--text-only` (no question or rating features), `--no-framework-examples`,
 * `--context-dropout SHARE`, `--threshold-shrinkage N`, `--minimum-score P`,
 * `--max-weights N` (per output), `--data FILE.csv`,
 * `--framework FILE.csv`, `--out FILE.json`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFrameworkExamples } from './framework-examples';
import { fitThemeModel } from './fit-theme-model';
import { formatFigures } from './format-figures';
import { crossValidate } from './nested-cross-validation';
import { FeedbackCsvError, readFeedbackCsv } from './read-feedback-csv';
import { computeThemeMetrics } from './theme-metrics';
import { DEFAULT_TRAINING_SETTINGS, type TrainingSettings } from './training-settings';

class UsageError extends Error {}

const repositoryPath = (relative: string): string =>
  fileURLToPath(new URL(`../../${relative}`, import.meta.url));

const optionValue = (args: readonly string[], name: string, fallback: string): string => {
  const index = args.indexOf(name);
  const value = index === -1 ? undefined : args[index + 1];
  return value === undefined ? fallback : value;
};

const main = (): void => {
  const args = process.argv.slice(2);
  const dataPath = optionValue(args, '--data', repositoryPath('../shared/data/feedback-themes/train.csv'));
  const frameworkPath = optionValue(
    args,
    '--framework',
    repositoryPath('../shared/data/feedback-themes/qdc-framework-v7.csv'),
  );
  const outPath = optionValue(args, '--out', repositoryPath('src/domain/themes/theme-model.json'));
  const settings: TrainingSettings = {
    ...DEFAULT_TRAINING_SETTINGS,
    hasContext: !args.includes('--text-only'),
    hasFrameworkExamples: !args.includes('--no-framework-examples'),
    contextDropout: Number(
      optionValue(args, '--context-dropout', String(DEFAULT_TRAINING_SETTINGS.contextDropout)),
    ),
    thresholdShrinkage: Number(
      optionValue(args, '--threshold-shrinkage', String(DEFAULT_TRAINING_SETTINGS.thresholdShrinkage)),
    ),
    minimumChosenScore: Number(
      optionValue(args, '--minimum-score', String(DEFAULT_TRAINING_SETTINGS.minimumChosenScore)),
    ),
    maxWeightsPerOutput: Number(
      optionValue(args, '--max-weights', String(DEFAULT_TRAINING_SETTINGS.maxWeightsPerOutput)),
    ),
  };
  if (
    !(settings.contextDropout >= 0 && settings.contextDropout <= 1) ||
    !(settings.maxWeightsPerOutput >= 1)
  ) {
    throw new UsageError('--context-dropout must be from 0 to 1 and --max-weights at least 1.');
  }
  const started = performance.now();
  const examples = readFeedbackCsv(dataPath);
  const framework = settings.hasFrameworkExamples
    ? readFrameworkExamples(
        frameworkPath,
        examples.map((example) => example.text),
      )
    : [];
  console.log(
    `themes:train: ${examples.length} comments, ${framework.length} framework examples` +
      `${settings.hasContext ? '' : ', text only'}.`,
  );
  if (args.includes('--cv')) {
    const figures = crossValidate(examples, framework, settings, 5, (fold) =>
      console.log(
        `  outer fold ${fold + 1} of 5 done (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      ),
    );
    console.log('5-fold nested cross-validation (respondents grouped; thresholds tuned inside each fold):');
    console.log('Per theme (framework, with context): n, precision, recall, F1');
    for (const theme of figures['framework with context'].perTheme) {
      console.log(
        `  ${theme.theme.slice(0, 58).padEnd(58)} ${String(theme.support).padStart(5)}  ` +
          `${theme.precision.toFixed(2)}  ${theme.recall.toFixed(2)}  ${theme.f1.toFixed(2)}`,
      );
    }
    for (const [name, metrics] of Object.entries(figures)) console.log(formatFigures(name, metrics));
    console.log(`took ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return;
  }
  const digest = createHash('sha256').update(readFileSync(dataPath)).digest('hex').slice(0, 16);
  const source =
    `train.csv sha256:${digest} (${examples.length} rows; pxtextmining v6framework_230831, MIT, ` +
    `(c) 2021 NHS England)${framework.length > 0 ? ` + ${framework.length} QDC v7 framework examples (MIT)` : ''}` +
    '; scripts/themes/train-themes.ts';
  const fitted = fitThemeModel(examples, framework, settings, source);
  const json = `${JSON.stringify(fitted.artefact, null, 2)}\n`;
  writeFileSync(outPath, json);
  console.log(
    'Out-of-fold figures of the inner cross-validation (optimistic: thresholds were tuned on them):',
  );
  console.log(formatFigures('framework', computeThemeMetrics(fitted.outOfFold('framework'))));
  console.log(formatFigures('themes-only', computeThemeMetrics(fitted.outOfFold('themes-only'))));
  console.log(
    `wrote ${outPath}: ${(json.length / 1024).toFixed(0)} KB, ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(0)} KB gzip; ` +
      `took ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
};

try {
  main();
} catch (error) {
  if (!(error instanceof FeedbackCsvError || error instanceof UsageError)) throw error;
  console.error(`themes:train: ${error.message}`);
  process.exitCode = 1;
}
