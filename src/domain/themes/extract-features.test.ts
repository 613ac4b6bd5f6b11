import { describe, expect, it } from 'vitest';
import { extractFeatures, type FeatureSettings } from './extract-features';
import { hashFeature } from './hash-feature';

const settings: FeatureSettings = {
  hashBits: 20,
  hasWordBigrams: true,
  characterNgramMin: 3,
  characterNgramMax: 5,
  hasQuestionWordPairs: true,
  wordWeight: 1,
  characterWeight: 1,
  contextWeight: 1,
};
const bucketOf = (name: string) => hashFeature(name) & (2 ** settings.hashBits - 1);
const valueAt = (vector: ReturnType<typeof extractFeatures>, name: string) => {
  const position = vector.indices.indexOf(bucketOf(name));
  return position === -1 ? undefined : vector.values[position];
};

describe('extractFeatures', () => {
  it('gives sorted, distinct buckets inside the hash range', () => {
    const { indices, values } = extractFeatures('The nurses were kind, so kind.', {}, settings);
    expect(indices.length).toBe(values.length);
    for (let k = 1; k < indices.length; k += 1) expect(indices[k]).toBeGreaterThan(indices[k - 1] as number);
    expect(Math.max(...indices)).toBeLessThan(2 ** settings.hashBits);
  });

  it('has word, word-pair and character features, each group of unit length times its weight', () => {
    const vector = extractFeatures('kind nurses', {}, { ...settings, characterWeight: 2 });
    expect(valueAt(vector, 'wkind')).toBeCloseTo(1 / Math.sqrt(3));
    expect(valueAt(vector, 'bkind nurses')).toBeCloseTo(1 / Math.sqrt(3));
    expect(valueAt(vector, 'c ki')).toBeGreaterThan(0);
    let squares = 0;
    for (const value of vector.values) squares += value * value;
    expect(squares).toBeCloseTo(1 + 4, 1);
  });

  it('weighs a repeated word by 1 + ln(count)', () => {
    const vector = extractFeatures('kind kind', {}, { ...settings, hasWordBigrams: false });
    expect(valueAt(vector, 'wkind')).toBeCloseTo(1);
  });

  it('adds the question kind, the rating and question–word pairs only when given', () => {
    const plain = extractFeatures('Nothing', {}, settings);
    const withContext = extractFeatures('Nothing', { question: 'what-was-good', rating: 5 }, settings);
    expect(valueAt(plain, 'kwhat-was-good')).toBeUndefined();
    expect(valueAt(withContext, 'kwhat-was-good')).toBe(1);
    expect(valueAt(withContext, 'r5')).toBe(1);
    expect(valueAt(withContext, 'qwhat-was-good nothing')).toBeGreaterThan(0);
  });

  it('gives no features for text without words, and the same vector for the same text', () => {
    expect(extractFeatures(' ... ', {}, settings).indices).toHaveLength(0);
    expect(extractFeatures('Lovely staff', {}, settings)).toEqual(
      extractFeatures('lovely  STAFF', {}, settings),
    );
  });
});
