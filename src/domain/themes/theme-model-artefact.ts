/**
 * The theme model artefact as it is stored (JSON, written by `npm run themes:train`) and its zod
 * schema. Weights are int8 with one scale per theme, as base64, so the artefact stays small; see
 * `parse-theme-model.ts` for how it is read into a model the suggester uses.
 */
import { z } from 'zod/mini';
import { QUESTION_KINDS } from './extract-features';
import { SENTIMENTS_3 } from './fold-sentiment';

/** Names this artefact layout; a new layout gets a new number and the device refuses other numbers. */
export const THEME_MODEL_FORMAT_VERSION = 1;

const finiteNumber = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));
const positiveWholeNumber = z.int().check(z.minimum(1));

/** How text becomes features: see `FeatureSettings` in `extract-features.ts`. */
export const featureSettingsSchema = z.strictObject({
  hashBits: z.int().check(z.minimum(8), z.maximum(30)),
  hasWordBigrams: z.boolean(),
  characterNgramMin: positiveWholeNumber,
  characterNgramMax: positiveWholeNumber,
  hasQuestionWordPairs: z.boolean(),
  wordWeight: finiteNumber,
  characterWeight: finiteNumber,
  contextWeight: finiteNumber,
});

/**
 * One output of a linear model over the shared bucket list: `weights` is base64 of pairs
 * (varint gap in the bucket list, int8 weight), so only non-zero weights are stored; a weight is
 * the int8 value times `weightScale`.
 */
const linearOutputSchema = {
  bias: finiteNumber,
  weightScale: finiteNumber,
  weights: z.string(),
};

/** One theme: its QDC v7 sub-category, a stable code for notes, and how it is decided. */
export const themeOutputSchema = z.strictObject({
  /** The QDC v7 sub-category name, for example "Staff manner & personal attributes". */
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  /** Kebab-case code as stored in a note's `themes`, for example `staff-manner-personal-attributes`. */
  code: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case code')),
  /** The margin above which the theme is suggested (tuned per theme on cross-validated F1). */
  threshold: finiteNumber,
  /** Platt scaling from margin to probability, used to rank themes against each other. */
  slope: finiteNumber,
  intercept: finiteNumber,
  ...linearOutputSchema,
});

/** A sentiment class and its linear output. */
export const sentimentOutputSchema = z.strictObject({
  sentiment: z.enum(SENTIMENTS_3),
  ...linearOutputSchema,
});

/** The whole artefact. */
export const themeModelArtefactSchema = z.strictObject({
  format: z.literal('wardside-theme-model'),
  formatVersion: z.literal(THEME_MODEL_FORMAT_VERSION),
  /** Where the model came from (data set, rows, licence): shown to nobody, kept for audit. */
  source: z.string(),
  features: featureSettingsSchema,
  /** Question kinds the model was trained with; context outside these is ignored. */
  questionKinds: z.array(z.enum(QUESTION_KINDS)),
  /** Whether the FFT rating was a feature in training. */
  hasRatingFeature: z.boolean(),
  /** A theme is chosen only with at least this probability, however low its tuned threshold. */
  minimumScore: z.number().check(z.minimum(0), z.maximum(1)),
  /** base64 of the sorted buckets that have any non-zero weight, as varint gaps. */
  buckets: z.string(),
  themes: z.array(themeOutputSchema).check(z.minLength(1)),
  sentiments: z.array(sentimentOutputSchema).check(z.minLength(2)),
});

/** The artefact as stored. */
export type ThemeModelArtefact = z.infer<typeof themeModelArtefactSchema>;
