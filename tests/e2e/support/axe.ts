// Runs axe-core in the page and returns its violations in a form that reads well in a failure.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

type Violation = {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
};

const readAxeSource = (): string => {
  try {
    return readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  } catch {
    throw new Error(
      'axe-core is not installed: add it as a dev dependency (npm install --save-dev axe-core@4.14).',
    );
  }
};

/** Violations of WCAG 2.2 AA rules on the page as it is now; empty when it passes. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  // Injected as a script tag, which the app's CSP forbids: the test context sets bypassCSP. Once
  // per document: a test that checks many states of one page skips the half-megabyte each time.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: readAxeSource() });
  return page.evaluate(
    async (tags) => {
      const axe = (
        window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: Violation[] }> } }
      ).axe;
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
        id,
        impact,
        help,
        helpUrl,
        nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
      }));
    },
    [...wcagTags],
  );
}

export const describeViolations = (violations: Violation[]): string =>
  violations
    .map(
      (violation) =>
        `${violation.impact ?? 'unknown'}: ${violation.id}: ${violation.help} (${violation.helpUrl})\n` +
        violation.nodes
          .map((node) => `    ${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`)
          .join('\n'),
    )
    .join('\n');
