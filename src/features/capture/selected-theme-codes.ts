import { MAX_NOTE_THEMES } from '../../domain/notes/note';

type ThemeChoices = {
  suggestedCodes: readonly string[];
  /** Added by hand: kept whatever is suggested later. */
  addedCodes: readonly string[];
  /** Removed by hand: never suggested again for this note. */
  removedCodes: readonly string[];
};

/**
 * The themes a note will be saved with: the suggestions the person has not removed, then the
 * themes they added, each once, at most {@link MAX_NOTE_THEMES}. Suggestions keep following the
 * words; only what the person changed by hand stays fixed.
 */
export const selectedThemeCodes = ({ suggestedCodes, addedCodes, removedCodes }: ThemeChoices): string[] => {
  const removed = new Set(removedCodes);
  const codes = new Set([...suggestedCodes.filter((code) => !removed.has(code)), ...addedCodes]);
  return [...codes].slice(0, MAX_NOTE_THEMES);
};
