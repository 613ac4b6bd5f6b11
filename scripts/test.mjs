// `npm test`: every check the project has, in order, stopping at the first failure.
// typecheck → lint → format → unit/component/contract tests → Chromium → production build → end-to-end.
// `--e2e-only` (npm run test:e2e) starts at the Chromium step.
//
// Vitest and Playwright also write JSON results, so that the last line can count the tests
// that really ran ("tests: N passed, N failed, N skipped") rather than the steps.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './find-chromium.mjs';

const isE2eOnly = process.argv.includes('--e2e-only');
const resultsDir = mkdtempSync(join(tmpdir(), 'wardside-test-'));
const vitestJson = join(resultsDir, 'vitest.json');
const playwrightJson = join(resultsDir, 'playwright.json');

/** Runs a command with inherited output; resolves to its exit code. */
const run = (command, args, env = {}) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

const bin = (name) => join('node_modules', '.bin', name);

const postgresNote = process.env.DATABASE_URL
  ? 'DATABASE_URL is set: the storage contract tests run on PostgreSQL as well as SQLite.'
  : 'DATABASE_URL is not set: the PostgreSQL contract tests are SKIPPED (SQLite only).';

const steps = [
  { name: 'typecheck', isUnit: true, run: () => run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) },
  { name: 'lint', isUnit: true, run: () => run(bin('eslint'), ['.', '--max-warnings=0']) },
  {
    name: 'format check',
    isUnit: true,
    run: () => run(bin('prettier'), ['--check', '.', '--log-level=warn']),
  },
  {
    name: 'unit, component and contract tests',
    isUnit: true,
    run: () => {
      console.log(postgresNote);
      return run(bin('vitest'), [
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${vitestJson}`,
      ]);
    },
  },
  {
    name: 'Chromium',
    run: async () => {
      try {
        console.log(`Chromium: ${ensureChromium()}`);
        return 0;
      } catch (error) {
        console.error(error instanceof Error ? error.message : error);
        return 1;
      }
    },
  },
  { name: 'production build', run: () => run(bin('vite'), ['build']) },
  {
    name: 'end-to-end tests',
    run: () =>
      run(bin('playwright'), ['test', '--reporter=list,json'], {
        PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson,
      }),
  },
];

const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);

/** Counts from both runners' JSON reports; a runner that did not run adds nothing. */
function countTests() {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const vitest = readJson(vitestJson);
  if (vitest) {
    counts.passed += vitest.numPassedTests;
    counts.failed += vitest.numFailedTests;
    counts.skipped += vitest.numPendingTests + vitest.numTodoTests;
  }
  const playwright = readJson(playwrightJson);
  if (playwright) {
    counts.passed += playwright.stats.expected + playwright.stats.flaky;
    counts.failed += playwright.stats.unexpected;
    counts.skipped += playwright.stats.skipped;
  }
  return counts;
}

const formatSeconds = (milliseconds) => `${(milliseconds / 1000).toFixed(1)} s`;

const started = Date.now();
const timings = [];
let failedStep;
for (const step of steps) {
  if (isE2eOnly && step.isUnit) continue;
  console.log(`\n━━━ ${step.name} ━━━`);
  const stepStarted = Date.now();
  const exitCode = await step.run();
  timings.push(`${step.name} ${formatSeconds(Date.now() - stepStarted)}`);
  if (exitCode !== 0) {
    failedStep = step.name;
    break;
  }
}

const counts = countTests();
rmSync(resultsDir, { recursive: true, force: true });

console.log('\n━━━ summary ━━━');
console.log(`time: ${timings.join(', ')}; total ${formatSeconds(Date.now() - started)}`);
if (!isE2eOnly) console.log(postgresNote);
console.log(failedStep ? `FAILED at step: ${failedStep}` : 'All steps passed.');
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
