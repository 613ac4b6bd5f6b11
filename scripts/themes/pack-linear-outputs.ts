/**
 * Shrinks trained linear outputs into the artefact's encoding: each output keeps only its largest
 * weights, quantised to int8 with one scale per output; the buckets used by any output form one
 * sorted list, and each output stores (gap in that list, int8) pairs. See `theme-model-artefact.ts`.
 */
import { encodeBase64, encodeVarints } from '../../src/domain/themes/packed-integers';
import type { LinearScorer } from './linear-svm';

/** One output as the artefact stores it. */
export type PackedOutput = { bias: number; weightScale: number; weights: string };

/** The packed bucket list and outputs. */
export type PackedOutputs = { buckets: string; outputs: PackedOutput[] };

type Kept = { bucket: number; quantised: number };

/** The largest `limit` weights of `scorer`, quantised, keyed by bucket; and their scale. */
const keepLargest = (scorer: LinearScorer, bucketOfColumn: Int32Array, limit: number) => {
  const columns = Array.from(scorer.weights.keys())
    .filter((column) => scorer.weights[column] !== 0)
    .sort(
      (left, right) => Math.abs(scorer.weights[right] as number) - Math.abs(scorer.weights[left] as number),
    )
    .slice(0, limit);
  const largest = columns.length === 0 ? 0 : Math.abs(scorer.weights[columns[0] as number] as number);
  const weightScale = largest === 0 ? 1 : largest / 127;
  const kept: Kept[] = columns
    .map((column) => ({
      bucket: bucketOfColumn[column] as number,
      quantised: Math.round((scorer.weights[column] as number) / weightScale),
    }))
    .filter((entry) => entry.quantised !== 0);
  return { kept, weightScale };
};

/** Packs `scorers` (weights over columns; `bucketOfColumn` maps a column to its bucket). */
export const packLinearOutputs = (
  scorers: readonly LinearScorer[],
  bucketOfColumn: Int32Array,
  maxWeightsPerOutput: number,
): PackedOutputs => {
  const shrunk = scorers.map((scorer) => keepLargest(scorer, bucketOfColumn, maxWeightsPerOutput));
  const buckets = [...new Set(shrunk.flatMap(({ kept }) => kept.map((entry) => entry.bucket)))].sort(
    (left, right) => left - right,
  );
  const rowOfBucket = new Map(buckets.map((bucket, row) => [bucket, row]));
  const outputs = shrunk.map(({ kept, weightScale }, output): PackedOutput => {
    const entries = kept
      .map((entry) => ({ row: rowOfBucket.get(entry.bucket) as number, quantised: entry.quantised }))
      .sort((left, right) => left.row - right.row);
    const bytes: number[] = [];
    let previous = -1;
    for (const { row, quantised } of entries) {
      bytes.push(...encodeVarints([row - previous - 1]), quantised & 255);
      previous = row;
    }
    return {
      bias: (scorers[output] as LinearScorer).bias,
      weightScale,
      weights: encodeBase64(Uint8Array.from(bytes)),
    };
  });
  let previous = -1;
  const gaps = buckets.map((bucket) => {
    const gap = bucket - previous - 1;
    previous = bucket;
    return gap;
  });
  return { buckets: encodeBase64(encodeVarints(gaps)), outputs };
};
