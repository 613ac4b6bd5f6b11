/**
 * Finding a theme by what a person types: "food", "call bell", "Family", "médic".
 */
import { foldForSearch } from './fold-for-search';
import type { Theme } from './theme';
import { DEFAULT_THEME_FRAME } from './theme-frame';

type SearchableTheme = {
  readonly theme: Theme;
  readonly order: number;
  readonly nameWords: readonly string[];
  readonly categoryWords: readonly string[];
  readonly definitionWords: readonly string[];
};

const wordsOf = (text: string): string[] => foldForSearch(text).split(' ').filter(Boolean);

// Folding 33 definitions takes longer than a search, so each frame is folded once.
const searchableFrames = new WeakMap<readonly Theme[], readonly SearchableTheme[]>();

const searchableFrame = (frame: readonly Theme[]): readonly SearchableTheme[] => {
  let searchable = searchableFrames.get(frame);
  if (searchable === undefined) {
    searchable = frame.map((theme, order) => ({
      theme,
      order,
      nameWords: wordsOf(theme.name),
      categoryWords: wordsOf(theme.category),
      definitionWords: wordsOf(theme.definition),
    }));
    searchableFrames.set(frame, searchable);
  }
  return searchable;
};

const hasWordStartingWith = (words: readonly string[], term: string): boolean =>
  words.some((word) => word.startsWith(term));

/** How well one typed word matches a theme: 3 in its name, 2 in its category, 1 in its definition. */
const termScore = (entry: SearchableTheme, term: string): number => {
  if (hasWordStartingWith(entry.nameWords, term)) return 3;
  if (hasWordStartingWith(entry.categoryWords, term)) return 2;
  if (hasWordStartingWith(entry.definitionWords, term)) return 1;
  return 0;
};

/**
 * The themes of `frame` that match `query`, best first. Every word typed must start a word of the
 * theme's name, category or definition; case, accents and punctuation do not matter, and `&` reads
 * as "and". Matches in the name rank above matches in the category, which rank above matches in
 * the definition; ties keep the frame's order. An empty query gives the whole frame in its order.
 * Pure.
 */
export const searchThemes = (query: string, frame: readonly Theme[] = DEFAULT_THEME_FRAME): Theme[] => {
  const terms = wordsOf(query);
  const entries = searchableFrame(frame);
  if (terms.length === 0) return entries.map((entry) => entry.theme);
  const matches: { entry: SearchableTheme; score: number }[] = [];
  for (const entry of entries) {
    let score = 0;
    for (const term of terms) {
      const found = termScore(entry, term);
      if (found === 0) {
        score = 0;
        break;
      }
      score += found;
    }
    if (score > 0) matches.push({ entry, score });
  }
  return matches
    .sort((left, right) => right.score - left.score || left.entry.order - right.entry.order)
    .map((match) => match.entry.theme);
};
