/**
 * Three-point sentiment: what a ward reads at a glance, and what the 1–5 coding folds into.
 */

/** Positive, mixed or neutral, negative. */
export const SENTIMENTS_3 = ['positive', 'mixed-or-neutral', 'negative'] as const;

/** One of {@link SENTIMENTS_3}. */
export type Sentiment3 = (typeof SENTIMENTS_3)[number];

/**
 * Folds the data set's 1 (very positive) … 5 (very negative) coding: 1–2 positive, 3 mixed or
 * neutral, 4–5 negative. Anything else is a programming error.
 */
export const foldSentiment = (sentiment: number): Sentiment3 => {
  if (sentiment === 1 || sentiment === 2) return 'positive';
  if (sentiment === 3) return 'mixed-or-neutral';
  if (sentiment === 4 || sentiment === 5) return 'negative';
  throw new RangeError('sentiment must be a whole number from 1 to 5');
};
