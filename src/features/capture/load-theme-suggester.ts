import type { LoadNoteSuggester } from './note-suggestion';

/**
 * The default suggester. The on-device theme model (src/domain/themes) is not in this build yet,
 * so nothing is suggested; once it is, this loads it as a chunk of its own and maps its themes
 * onto the frame's codes.
 */
export const loadThemeSuggester: LoadNoteSuggester = () => Promise.resolve(null);
