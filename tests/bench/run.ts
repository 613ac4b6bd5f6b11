// `npm run bench [name…]`: runs each benchmark (or only those named), prints one table per
// benchmark, writes bench-results/<name>.json, and exits non-zero if any budget is exceeded.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Benchmark } from './benchmark';
import { firstLoadJs } from './first-load-js';
import { kioskColdLcp } from './kiosk-cold-lcp';
import { kioskSendCommit } from './kiosk-send-commit';
import { kioskWarmOffline } from './kiosk-warm-offline';
import { recentNotes } from './recent-notes';
import { serverIngest } from './server-ingest';
import { syncThroughput } from './sync-throughput';
import { formatTable } from './table';

const benchmarks: readonly Benchmark[] = [
  firstLoadJs,
  kioskColdLcp,
  kioskWarmOffline,
  kioskSendCommit,
  recentNotes,
  syncThroughput,
  serverIngest,
];

const resultsDir = 'bench-results';
const wanted = process.argv.slice(2);
const selected = wanted.length === 0 ? benchmarks : benchmarks.filter(({ name }) => wanted.includes(name));
if (selected.length === 0) {
  console.error(
    `No benchmark named ${wanted.join(', ')}. Known: ${benchmarks.map(({ name }) => name).join(', ')}`,
  );
  process.exit(2);
}

await mkdir(resultsDir, { recursive: true });
const failures: string[] = [];
for (const benchmark of selected) {
  const started = performance.now();
  const result = await benchmark.run();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const file = join(resultsDir, `${benchmark.name}.json`);
  await writeFile(
    file,
    `${JSON.stringify({ measuredAt: new Date().toISOString(), ...(result.json as object) }, null, 2)}\n`,
  );
  console.log(`\n${formatTable(result.table)}\n  (${seconds} s; saved to ${file})`);
  failures.push(...result.budgetFailures);
}

if (failures.length > 0) {
  console.error(`\nOver budget:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
