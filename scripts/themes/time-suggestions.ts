/**
 * `npx tsx scripts/themes/time-suggestions.ts [FILE.csv]`: how long the committed model takes to
 * load and to suggest, over the first 1,000 substantive comments of the file (train.csv by default).
 * Prints timings only, never text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isSubstantive } from '../../src/domain/themes/is-substantive';
import { parseThemeModel } from '../../src/domain/themes/parse-theme-model';
import { suggestThemes } from '../../src/domain/themes/suggest-themes';
import { readFeedbackCsv } from './read-feedback-csv';

const repositoryPath = (relative: string): string =>
  fileURLToPath(new URL(`../../${relative}`, import.meta.url));

const file = process.argv[2] ?? repositoryPath('../shared/data/feedback-themes/train.csv');
const texts = readFeedbackCsv(file)
  .map((example) => example.text)
  .filter(isSubstantive)
  .slice(0, 1000);
const loadStarted = performance.now();
const parsed = parseThemeModel(
  JSON.parse(readFileSync(repositoryPath('src/domain/themes/theme-model.json'), 'utf8')),
);
const loadMilliseconds = performance.now() - loadStarted;
if (!parsed.isOk) throw new Error(parsed.error);
const model = parsed.value;
for (const text of texts) suggestThemes(model, text);
// Wall-clock timings include time the process waited for a busy CPU; CPU time does not.
const cpuStarted = process.cpuUsage();
const timings = texts
  .map((text) => {
    const started = performance.now();
    suggestThemes(model, text);
    return performance.now() - started;
  })
  .sort((left, right) => left - right);
const cpu = process.cpuUsage(cpuStarted);
const cpuMilliseconds = (cpu.user + cpu.system) / 1000 / texts.length;
const at = (share: number): string => (timings[Math.floor(share * (timings.length - 1))] ?? 0).toFixed(3);
const mean = timings.reduce((sum, value) => sum + value, 0) / timings.length;
console.log(
  `parse ${loadMilliseconds.toFixed(0)} ms; ${timings.length} suggestions: mean ${mean.toFixed(3)} ms, ` +
    `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms; CPU time ${cpuMilliseconds.toFixed(3)} ms per suggestion`,
);
