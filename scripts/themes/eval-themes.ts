/**
 * `npm run themes:eval -- FILE.csv`: scores a CSV in the layout of train.csv
 * (`id, fft_question, fft_rating, text, sentiment, themes`) with the committed artefact
 * `src/domain/themes/theme-model.json`, through the same `suggestThemes` the device runs.
 *
 * The last line is JSON `{ "n", "microF1", "macroF1", "recallAt3", "sentimentAccuracy3" }` counted
 * the `framework` way: "Labelling not possible" is a sub-category like any other, given exactly
 * when the suggester finds the text not substantive, as in the published pxtextmining figures.
 * The line before gives the `themes-only` figures (that label left out on both sides), and the
 * text-only figures (question and rating withheld, as on staff capture). Definitions of every
 * figure: `theme-metrics.ts`; the two conventions: `score-examples.ts`.
 *
 * Options: `--model FILE.json` (another artefact), `--per-theme` (precision, recall, F1 per theme).
 * Errors name the file and column, never comment text; the exit code is 1.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseThemeModel, type ThemeModel } from '../../src/domain/themes/parse-theme-model';
import { formatFigures } from './format-figures';
import { FeedbackCsvError, readFeedbackCsv } from './read-feedback-csv';
import { scoreExamples } from './score-examples';
import { computeThemeMetrics } from './theme-metrics';

const DEFAULT_MODEL = fileURLToPath(new URL('../../src/domain/themes/theme-model.json', import.meta.url));
const USAGE = 'usage: npm run themes:eval -- FILE.csv [--model FILE.json] [--per-theme]';

class UsageError extends Error {}

const readModel = (path: string): ThemeModel => {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `the model ${path} does not exist (run npm run themes:train).`
        : `the model ${path} is not JSON.`,
    );
  }
  const model = parseThemeModel(json);
  if (!model.isOk) throw new UsageError(`${path}: ${model.error}`);
  return model.value;
};

const main = (args: readonly string[]): void => {
  const modelIndex = args.indexOf('--model');
  const modelPath = modelIndex === -1 ? DEFAULT_MODEL : args[modelIndex + 1];
  const files = args.filter(
    (arg, index) => !arg.startsWith('--') && (modelIndex === -1 || index !== modelIndex + 1),
  );
  if (files.length !== 1 || modelPath === undefined) throw new UsageError(USAGE);
  const examples = readFeedbackCsv(files[0] as string);
  const model = readModel(modelPath);
  const headline = computeThemeMetrics(scoreExamples(model, examples, 'framework', true));
  if (args.includes('--per-theme')) {
    for (const figures of headline.perTheme) {
      console.log(
        `  ${figures.theme.slice(0, 58).padEnd(58)} n=${String(figures.support).padStart(4)}  ` +
          `P ${figures.precision.toFixed(2)}  R ${figures.recall.toFixed(2)}  F1 ${figures.f1.toFixed(2)}`,
      );
    }
  }
  console.log(
    formatFigures(
      'framework, text only',
      computeThemeMetrics(scoreExamples(model, examples, 'framework', false)),
    ),
  );
  console.log(
    formatFigures(
      'themes-only, text only',
      computeThemeMetrics(scoreExamples(model, examples, 'themes-only', false)),
    ),
  );
  console.log(
    formatFigures('themes-only', computeThemeMetrics(scoreExamples(model, examples, 'themes-only', true))),
  );
  console.log(formatFigures('framework (headline)', headline));
  const { n, microF1, macroF1, recallAt3, sentimentAccuracy3 } = headline;
  console.log(JSON.stringify({ n, microF1, macroF1, recallAt3, sentimentAccuracy3 }));
};

try {
  main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof FeedbackCsvError || error instanceof UsageError)) throw error;
  console.error(`themes:eval: ${error.message}`);
  process.exitCode = 1;
}
