/**
 * Reads the theme model artefact (parsed JSON) into the form the suggester scores with: a map from
 * feature bucket to a row of int8 weights, one per theme and sentiment class. Parsing checks every
 * part, so a truncated or hand-edited artefact is refused rather than scoring nonsense.
 */
import { parseSchema } from '../shared/parse-schema';
import { err, ok, type Result } from '../shared/result';
import type { FeatureSettings, QuestionKind } from './extract-features';
import type { Sentiment3 } from './fold-sentiment';
import { decodeBase64, decodeVarints } from './packed-integers';
import { themeModelArtefactSchema } from './theme-model-artefact';

/** How one theme is decided and ranked. */
export type ThemeOutput = {
  name: string;
  code: string;
  threshold: number;
  slope: number;
  intercept: number;
};

/** A theme model ready to score. Outputs are the themes, then the sentiment classes. */
export type ThemeModel = {
  features: FeatureSettings;
  questionKinds: ReadonlySet<QuestionKind>;
  hasRatingFeature: boolean;
  /** A theme is chosen only with at least this probability, whatever its threshold. */
  minimumScore: number;
  /** Feature bucket → row of {@link weights}. */
  rowOfBucket: ReadonlyMap<number, number>;
  outputCount: number;
  /** `weights[row * outputCount + output]`, to be multiplied by `scales[output]`. */
  weights: Int8Array;
  scales: Float32Array;
  biases: Float32Array;
  themes: readonly ThemeOutput[];
  sentiments: readonly Sentiment3[];
};

type LinearOutput = { bias: number; weightScale: number; weights: string };

/** Fills column `output` of `weights` from (varint gap, int8) pairs; false if they do not fit. */
const unpackOutput = (
  packed: Uint8Array,
  output: number,
  outputCount: number,
  rowCount: number,
  weights: Int8Array,
): boolean => {
  let row = -1;
  let index = 0;
  while (index < packed.length) {
    let gap = 0;
    let scale = 1;
    let byte: number;
    do {
      if (index >= packed.length) return false;
      byte = packed[index] as number;
      gap += (byte & 127) * scale;
      scale *= 128;
      index += 1;
    } while (byte >= 128);
    if (index >= packed.length) return false;
    row += gap + 1;
    if (row >= rowCount) return false;
    const value = packed[index] as number;
    weights[row * outputCount + output] = value > 127 ? value - 256 : value;
    index += 1;
  }
  return true;
};

/**
 * Parses and unpacks an artefact. The error says what is wrong in plain words (it never contains
 * patient text: an artefact holds none).
 */
export const parseThemeModel = (value: unknown): Result<ThemeModel> => {
  const parsed = parseSchema(themeModelArtefactSchema, value);
  if (!parsed.isOk) return err(`The theme model is not valid: ${parsed.error}.`);
  const artefact = parsed.value;
  const bucketBytes = decodeBase64(artefact.buckets);
  const gaps = bucketBytes === undefined ? undefined : decodeVarints(bucketBytes);
  if (gaps === undefined) return err('The theme model is not valid: its bucket list is damaged.');
  const rowOfBucket = new Map<number, number>();
  let bucket = -1;
  for (const gap of gaps) {
    bucket += gap + 1;
    rowOfBucket.set(bucket, rowOfBucket.size);
  }
  if (bucket >= 2 ** artefact.features.hashBits) {
    return err('The theme model is not valid: a bucket is outside its hash range.');
  }
  const outputs: LinearOutput[] = [...artefact.themes, ...artefact.sentiments];
  const outputCount = outputs.length;
  const weights = new Int8Array(rowOfBucket.size * outputCount);
  for (const [output, { weights: packedText }] of outputs.entries()) {
    const packed = decodeBase64(packedText);
    if (packed === undefined || !unpackOutput(packed, output, outputCount, rowOfBucket.size, weights)) {
      return err(`The theme model is not valid: the weights of output ${output + 1} are damaged.`);
    }
  }
  return ok({
    features: artefact.features,
    questionKinds: new Set(artefact.questionKinds),
    hasRatingFeature: artefact.hasRatingFeature,
    minimumScore: artefact.minimumScore,
    rowOfBucket,
    outputCount,
    weights,
    scales: Float32Array.from(outputs, (output) => output.weightScale),
    biases: Float32Array.from(outputs, (output) => output.bias),
    themes: artefact.themes.map(({ name, code, threshold, slope, intercept }) => ({
      name,
      code,
      threshold,
      slope,
      intercept,
    })),
    sentiments: artefact.sentiments.map((output) => output.sentiment),
  });
};
