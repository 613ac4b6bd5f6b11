/**
 * Text (and, when known, which question it answers and the FFT rating) to a sparse feature vector:
 * word unigrams and bigrams and character n-grams inside words, hashed into buckets, weighted by
 * sublinear term frequency and L2-normalised per group. Training and the device call this same
 * function, so a suggestion on the tablet sees exactly the features the model was trained on.
 */
import { hashFeature } from './hash-feature';
import { normaliseText, tokeniseWords } from './normalise-text';

/** Which free-text question a comment answers; it changes what "Nothing." means. */
export const QUESTION_KINDS = ['what-was-good', 'what-could-be-better', 'why'] as const;

/** One of {@link QUESTION_KINDS}. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * What is known besides the words. Both are optional: staff capture knows neither, the kiosk knows
 * both. `rating` is the FFT answer code in FFT order (1 very good … 5 very poor, 6 don't know).
 */
export type FeatureContext = { question?: QuestionKind | undefined; rating?: number | undefined };

/** How text becomes features; stored in the artefact so the device repeats training exactly. */
export type FeatureSettings = {
  /** Buckets are `hash mod 2^hashBits`. */
  hashBits: number;
  hasWordBigrams: boolean;
  characterNgramMin: number;
  characterNgramMax: number;
  /** Also emit each word paired with the question kind ("nothing" after "What was good?"). */
  hasQuestionWordPairs: boolean;
  /** Scale of the L2-normalised word and character groups. */
  wordWeight: number;
  characterWeight: number;
  /** Value of each context feature (question kind, rating). */
  contextWeight: number;
};

/** A sparse vector: `values[k]` sits at bucket `indices[k]`; indices are distinct. */
export type SparseVector = { indices: Int32Array; values: Float32Array };

type Counts = Map<number, number>;

const add = (counts: Counts, name: string, mask: number): void => {
  const bucket = hashFeature(name) & mask;
  counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
};

const addCharacterNgrams = (counts: Counts, word: string, settings: FeatureSettings, mask: number): void => {
  const padded = ` ${word} `;
  for (let size = settings.characterNgramMin; size <= settings.characterNgramMax; size += 1) {
    for (let start = 0; start + size <= padded.length; start += 1) {
      add(counts, `c${padded.slice(start, start + size)}`, mask);
    }
  }
};

/** Sublinear term frequency, L2-normalised and scaled; appended to `into`. */
const appendNormalised = (into: Map<number, number>, counts: Counts, weight: number): void => {
  let squares = 0;
  const scaled: [number, number][] = [];
  for (const [bucket, count] of counts) {
    const value = 1 + Math.log(count);
    scaled.push([bucket, value]);
    squares += value * value;
  }
  if (squares === 0) return;
  const factor = weight / Math.sqrt(squares);
  for (const [bucket, value] of scaled) into.set(bucket, (into.get(bucket) ?? 0) + value * factor);
};

/** The feature vector of one comment. Pure and deterministic. */
export const extractFeatures = (
  text: string,
  context: FeatureContext,
  settings: FeatureSettings,
): SparseVector => {
  const mask = 2 ** settings.hashBits - 1;
  const words = tokeniseWords(normaliseText(text));
  const wordCounts: Counts = new Map();
  const characterCounts: Counts = new Map();
  words.forEach((word, index) => {
    add(wordCounts, `w${word}`, mask);
    if (settings.hasWordBigrams && index > 0) add(wordCounts, `b${words[index - 1]} ${word}`, mask);
    if (settings.hasQuestionWordPairs && context.question !== undefined) {
      add(wordCounts, `q${context.question} ${word}`, mask);
    }
    addCharacterNgrams(characterCounts, word, settings, mask);
  });
  const vector = new Map<number, number>();
  appendNormalised(vector, wordCounts, settings.wordWeight);
  appendNormalised(vector, characterCounts, settings.characterWeight);
  if (context.question !== undefined) {
    const bucket = hashFeature(`k${context.question}`) & mask;
    vector.set(bucket, (vector.get(bucket) ?? 0) + settings.contextWeight);
  }
  if (context.rating !== undefined) {
    const bucket = hashFeature(`r${context.rating}`) & mask;
    vector.set(bucket, (vector.get(bucket) ?? 0) + settings.contextWeight);
  }
  const entries = [...vector].sort((left, right) => left[0] - right[0]);
  return {
    indices: Int32Array.from(entries, ([bucket]) => bucket),
    values: Float32Array.from(entries, ([, value]) => value),
  };
};
