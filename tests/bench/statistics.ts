// Small number helpers shared by the benchmarks, so every table rounds and summarises the same way.

/** The middle value (the mean of the two middle values for an even count). */
export const median = (values: readonly number[]): number => {
  if (values.length === 0) throw new Error('The median of no values is undefined.');
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Whole milliseconds with thousands separators, e.g. `4,812`. */
export const formatMilliseconds = (milliseconds: number): string =>
  Math.round(milliseconds).toLocaleString('en-GB');

/** A whole count with thousands separators, e.g. `27,450`. */
export const formatCount = (count: number): string => Math.round(count).toLocaleString('en-GB');

/** Times one piece of async work, in milliseconds. */
export const timeAsync = async <Value>(
  work: () => Promise<Value>,
): Promise<{ value: Value; milliseconds: number }> => {
  const started = performance.now();
  const value = await work();
  return { value, milliseconds: performance.now() - started };
};

/** The nearest-rank percentile (`0 < fraction ≤ 1`), e.g. 0.95 for the p95: a value that was measured. */
export const percentile = (values: readonly number[], fraction: number): number => {
  if (values.length === 0) throw new Error('A percentile of no values is undefined.');
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length))) - 1] ?? 0;
};
