/**
 * A tiny hand-made theme model artefact for tests: a few words with known weights, so a test can
 * say exactly what should be suggested. Not used by the app.
 */
import type { FeatureSettings } from '../extract-features';
import { hashFeature } from '../hash-feature';
import { encodeBase64, encodeVarints } from '../packed-integers';
import type { ThemeModelArtefact } from '../theme-model-artefact';

const FEATURES: FeatureSettings = {
  hashBits: 16,
  hasWordBigrams: false,
  characterNgramMin: 3,
  characterNgramMax: 3,
  hasQuestionWordPairs: false,
  wordWeight: 1,
  characterWeight: 0,
  contextWeight: 1,
};

/** Outputs in order: themes Food, Noise, then sentiments positive, mixed or neutral, negative. */
const WEIGHTS: Record<string, readonly number[]> = {
  wfood: [100, 0, 0, 0, 0],
  wtea: [60, 0, 0, 0, 0],
  wnoisy: [0, 100, 0, 0, 40],
  wlovely: [0, 0, 100, 0, 0],
  wcold: [0, 0, 0, 0, 100],
};

/** The artefact; each weight is its int8 value times 0.1, theme biases −4, sentiment biases 0 except mixed or neutral 0.5. */
export const makeTestArtefact = (): ThemeModelArtefact => {
  const mask = 2 ** FEATURES.hashBits - 1;
  const rows = Object.entries(WEIGHTS)
    .map(([name, weights]) => ({ bucket: hashFeature(name) & mask, weights }))
    .sort((left, right) => left.bucket - right.bucket);
  let previous = -1;
  const buckets = encodeBase64(
    encodeVarints(
      rows.map(({ bucket }) => {
        const gap = bucket - previous - 1;
        previous = bucket;
        return gap;
      }),
    ),
  );
  const packOutput = (output: number): string => {
    const bytes: number[] = [];
    let last = -1;
    rows.forEach(({ weights }, row) => {
      const weight = weights[output] ?? 0;
      if (weight === 0) return;
      bytes.push(...encodeVarints([row - last - 1]), weight & 255);
      last = row;
    });
    return encodeBase64(Uint8Array.from(bytes));
  };
  const linear = (output: number, bias: number) => ({ bias, weightScale: 0.1, weights: packOutput(output) });
  return {
    format: 'wardside-theme-model',
    formatVersion: 1,
    source: 'hand-made for tests',
    features: FEATURES,
    questionKinds: [],
    hasRatingFeature: false,
    minimumScore: 0,
    buckets,
    themes: [
      {
        name: 'Food & drink provision & facilities',
        code: 'food-drink-provision-facilities',
        threshold: 0,
        slope: 1,
        intercept: 0,
        ...linear(0, -4),
      },
      {
        name: 'Sensory experience',
        code: 'sensory-experience',
        threshold: 2,
        slope: 1,
        intercept: 0,
        ...linear(1, -4),
      },
    ],
    sentiments: [
      { sentiment: 'positive', ...linear(2, 0) },
      { sentiment: 'mixed-or-neutral', ...linear(3, 0.5) },
      { sentiment: 'negative', ...linear(4, 0) },
    ],
  };
};
