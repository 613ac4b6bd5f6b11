import type { Sentiment } from '../../domain/notes/note';
import { findThemeByName, UNSUGGESTED_THEME_CODES } from '../../domain/theme-frame/theme-frame';
import type { Sentiment3 } from '../../domain/themes/fold-sentiment';
import type { ThemeSuggestion } from '../../domain/themes/suggest-themes';
import type { NoteSuggestion } from './note-suggestion';

/**
 * The model's three-point sentiment on the note's four points. Its middle class was learned from
 * comments coded 3, "mixed", in the training data, so it suggests Mixed; Neutral is the person's
 * to choose.
 */
const NOTE_SENTIMENTS = {
  positive: 'positive',
  'mixed-or-neutral': 'mixed',
  negative: 'negative',
} as const satisfies Record<Sentiment3, Sentiment>;

/**
 * What the on-device model suggests, as the capture form shows it: the themes it chose, mapped by
 * name onto the ward's frame (a name the frame lacks is dropped), without the "Not assigned" bin,
 * and its sentiment. Nothing for text that is not substantive.
 */
export const toNoteSuggestion = (suggestion: ThemeSuggestion): NoteSuggestion => {
  if (!suggestion.isSubstantive) return { sentiment: null, themeCodes: [] };
  const themeCodes = suggestion.chosen.flatMap((name) => {
    const code = findThemeByName(name)?.code;
    return code === undefined || UNSUGGESTED_THEME_CODES.has(code) ? [] : [code];
  });
  return {
    sentiment: suggestion.sentiment === null ? null : NOTE_SENTIMENTS[suggestion.sentiment],
    themeCodes,
  };
};
