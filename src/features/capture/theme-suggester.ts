// The on-device theme model and its suggester, as one chunk of their own (about 270 KB gzip): the
// capture screen fetches it after it has painted, and the kiosk never does. The artefact is read
// as text and parsed here, once, when the chunk runs.
import artefactText from '../../domain/themes/theme-model.json?raw';
import { parseThemeModel } from '../../domain/themes/parse-theme-model';
import { suggestThemes } from '../../domain/themes/suggest-themes';
import type { SuggestNote } from './note-suggestion';
import { toNoteSuggestion } from './to-note-suggestion';

/** Parses the committed model; `null` when it does not parse (the form then suggests nothing). */
export const createThemeSuggester = (): SuggestNote | null => {
  const model = parseThemeModel(JSON.parse(artefactText));
  if (!model.isOk) {
    // The error describes the artefact, never a note.
    console.error(model.error);
    return null;
  }
  return (text) => toNoteSuggestion(suggestThemes(model.value, text));
};
