/**
 * Whether a comment says anything a theme could describe. Empty text, punctuation and the export
 * artefact "Did not answer" are coded "Labelling not possible" in the data set; the suggester offers
 * no theme for them rather than guess.
 */
import { normaliseText, tokeniseWords } from './normalise-text';

const NON_ANSWERS = new Set(['did not answer', 'no answer', 'not answered', 'blank']);

/** True when `text` has at least one word with a letter and is not a stock non-answer. */
export const isSubstantive = (text: string): boolean => {
  const words = tokeniseWords(normaliseText(text));
  if (!words.some((word) => /\p{L}/u.test(word))) return false;
  return !NON_ANSWERS.has(words.join(' '));
};
