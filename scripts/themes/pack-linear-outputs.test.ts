import { describe, expect, it } from 'vitest';
import { parseThemeModel } from '../../src/domain/themes/parse-theme-model';
import { makeTestArtefact } from '../../src/domain/themes/testing/make-test-artefact';
import { packLinearOutputs } from './pack-linear-outputs';

describe('packLinearOutputs', () => {
  const bucketOfColumn = Int32Array.of(500, 7, 90_000, 3);
  const scorers = [
    { weights: Float64Array.of(1.27, -0.5, 0, 0.001), bias: -1 },
    { weights: Float64Array.of(0, 0, 2.54, 0), bias: 0.25 },
  ];

  it('keeps the largest weights as int8 and round-trips through the device parser', () => {
    const packed = packLinearOutputs(scorers, bucketOfColumn, 2);
    const [first, second] = packed.outputs;
    if (first === undefined || second === undefined) throw new Error('two outputs expected');
    const artefact = makeTestArtefact();
    const [food, noise] = artefact.themes;
    if (food === undefined || noise === undefined) throw new Error('the test artefact has two themes');
    const parsed = parseThemeModel({
      ...artefact,
      features: { ...artefact.features, hashBits: 17 },
      buckets: packed.buckets,
      themes: [
        { ...food, ...first },
        { ...noise, ...second },
      ],
      sentiments: artefact.sentiments.map((sentiment) => ({ ...sentiment, weights: '' })),
    });
    if (!parsed.isOk) throw new Error(parsed.error);
    const model = parsed.value;
    // Bucket 3's weight 0.001 was not among the two largest of output 1; no output kept it.
    expect([...model.rowOfBucket.keys()]).toEqual([7, 500, 90_000]);
    const weightOf = (bucket: number, output: number) =>
      (model.weights[(model.rowOfBucket.get(bucket) as number) * model.outputCount + output] as number) *
      (model.scales[output] as number);
    expect(weightOf(500, 0)).toBeCloseTo(1.27);
    expect(weightOf(7, 0)).toBeCloseTo(-0.5, 2);
    expect(weightOf(90_000, 1)).toBeCloseTo(2.54);
    expect(weightOf(500, 1)).toBe(0);
    expect(Array.from(model.biases.slice(0, 2))).toEqual([-1, 0.25]);
  });
});
