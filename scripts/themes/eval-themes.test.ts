import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Run = { stdout: string; stderr: string; code: number };

/** Runs `tsx scripts/themes/eval-themes.ts` with `args`, as `npm run themes:eval -- …` does. */
const runEval = (args: readonly string[]): Promise<Run> =>
  new Promise((resolve) => {
    execFile('npx', ['tsx', 'scripts/themes/eval-themes.ts', ...args], (error, stdout, stderr) =>
      resolve({ stdout, stderr, code: error === null ? 0 : Number(error.code ?? 1) }),
    );
  });

const fixture = 'scripts/themes/fixtures/tiny-feedback.csv';

// Starting tsx takes seconds on a busy two-core machine.
describe('npm run themes:eval', { timeout: 60_000 }, () => {
  it('prints the figures, the last line being exactly the five headline figures as JSON', async () => {
    const { stdout, stderr, code } = await runEval([fixture]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lastLine = stdout.trimEnd().split('\n').at(-1) ?? '';
    const figures = JSON.parse(lastLine) as Record<string, number>;
    expect(Object.keys(figures)).toEqual(['n', 'microF1', 'macroF1', 'recallAt3', 'sentimentAccuracy3']);
    expect(figures.n).toBe(6);
    for (const value of Object.values(figures)) expect(Number.isFinite(value)).toBe(true);
    // The obvious comments of the fixture are themed right: far from chance.
    expect(figures.microF1).toBeGreaterThan(0.5);
    expect(figures.recallAt3).toBeGreaterThan(0.7);
  });

  it('fails with exit code 1 and names the file when it does not exist', async () => {
    const { stdout, stderr, code } = await runEval(['no-such-file.csv']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('themes:eval: no-such-file.csv does not exist.\n');
  });

  it('fails with exit code 1 on wrong columns without echoing any comment text', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'themes-eval-'));
    const file = join(directory, 'wrong.csv');
    writeFileSync(file, 'id,comment,themes\n1,"My secret words",Parking\n');
    const { stderr, code } = await runEval([file]);
    expect(code).toBe(1);
    expect(stderr).toContain('is missing the columns fft_question, fft_rating, text, sentiment');
    expect(stderr).not.toContain('secret');
  });

  it('explains its usage when no file is given', async () => {
    const { stderr, code } = await runEval([]);
    expect(code).toBe(1);
    expect(stderr).toContain('usage: npm run themes:eval -- FILE.csv');
  });
});
