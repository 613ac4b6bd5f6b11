/**
 * The words of a note as the recent-entries search finds them, and the words a person types into
 * that search. Both are folded the same way (lower case, accents dropped, `&` read as "and",
 * punctuation a break), so "Café" typed finds "cafe" written, and a typed word matches any word of
 * the note that starts with it ("disch" finds "discharge").
 */
import { foldForSearch } from '../theme-frame/fold-for-search';

/**
 * The shortest word kept. One letter finds too much to be of use (and would make the search read
 * most of the index); shorter typed words are left out of the search.
 */
export const MIN_SEARCH_WORD_LENGTH = 2;

const foldedWords = (text: string): string[] =>
  foldForSearch(text)
    .split(' ')
    .filter((word) => word.length >= MIN_SEARCH_WORD_LENGTH);

/** The distinct folded words of a note's text, in order of first use: what the search index holds. */
export const searchWordsOf = (text: string): string[] => [...new Set(foldedWords(text))];

/**
 * The distinct folded words typed into the search, each a prefix to find. A word that starts
 * another typed word adds nothing ("dis discharge" is "discharge"), so it is left out; words shorter
 * than {@link MIN_SEARCH_WORD_LENGTH} are left out. Empty when nothing searchable was typed.
 */
export const queryWordsOf = (typed: string): string[] => {
  const words = searchWordsOf(typed);
  return words.filter((word) => !words.some((other) => other !== word && other.startsWith(word)));
};

/** Whether every typed word starts at least one of the note's words (both as folded above). */
export const hasEveryQueryWord = (noteWords: readonly string[], queryWords: readonly string[]): boolean =>
  queryWords.every((queryWord) => noteWords.some((noteWord) => noteWord.startsWith(queryWord)));
