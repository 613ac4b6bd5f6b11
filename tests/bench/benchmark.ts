// What a benchmark module gives tests/bench/run.ts. Later benchmarks (IndexedDB commit latency,
// sync throughput, LCP) are more modules of this shape added to the list in run.ts.
import type { Table } from './table';

export type BenchmarkResult = {
  table: Table;
  /** Written to bench-results/<name>.json. */
  json: unknown;
  /** Budgets that were exceeded, one sentence each; any makes `npm run bench` fail. */
  budgetFailures: readonly string[];
};

export type Benchmark = {
  /** kebab-case; also the name of its JSON file. */
  name: string;
  run: () => Promise<BenchmarkResult>;
};
