/**
 * Feature vectors of many examples for training: the same `extractFeatures` the device runs, with
 * the hash buckets renumbered to consecutive columns so weights can be dense arrays while training.
 */
import {
  extractFeatures,
  type FeatureContext,
  type FeatureSettings,
} from '../../src/domain/themes/extract-features';
import type { TrainingMatrix } from './linear-svm';

/** Training vectors and the bucket each column stands for. */
export type VectorisedExamples = TrainingMatrix & { bucketOfColumn: Int32Array };

/** Vectorises `texts` with their `contexts`; `contexts[i]` may be `{}`. */
export const vectoriseExamples = (
  texts: readonly string[],
  contexts: readonly FeatureContext[],
  settings: FeatureSettings,
): VectorisedExamples => {
  const columnOfBucket = new Map<number, number>();
  const indices: Int32Array[] = [];
  const values: Float32Array[] = [];
  texts.forEach((text, row) => {
    const vector = extractFeatures(text, contexts[row] ?? {}, settings);
    indices.push(
      Int32Array.from(vector.indices, (bucket) => {
        let column = columnOfBucket.get(bucket);
        if (column === undefined) {
          column = columnOfBucket.size;
          columnOfBucket.set(bucket, column);
        }
        return column;
      }),
    );
    values.push(vector.values);
  });
  const bucketOfColumn = new Int32Array(columnOfBucket.size);
  for (const [bucket, column] of columnOfBucket) bucketOfColumn[column] = bucket;
  return { dimension: columnOfBucket.size, indices, values, bucketOfColumn };
};

/** The rows `rows` of `matrix`, sharing its columns. */
export const selectRows = (matrix: TrainingMatrix, rows: readonly number[]): TrainingMatrix => ({
  dimension: matrix.dimension,
  indices: rows.map((row) => matrix.indices[row] as Int32Array),
  values: rows.map((row) => matrix.values[row] as Float32Array),
});
