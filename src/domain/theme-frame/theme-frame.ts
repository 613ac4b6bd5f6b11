/**
 * The ward's code frame: the themes a note can carry. Today every ward uses the NHS QDC framework
 * v7; lookups take the frame as an argument so that a ward's own frame can replace it later.
 */
import { foldForSearch } from './fold-for-search';
import { QDC_FRAMEWORK_V7_THEMES } from './qdc-framework-v7';
import type { Theme } from './theme';

/** The default code frame: the NHS QDC framework v7. */
export const DEFAULT_THEME_FRAME: readonly Theme[] = QDC_FRAMEWORK_V7_THEMES;

/**
 * The sub-category a coder gives an empty comment, as the framework words it. It is not a theme a
 * comment is about, so the suggester never learns or suggests it: it says `isSubstantive: false`
 * instead.
 */
export const LABELLING_NOT_POSSIBLE = 'Labelling not possible';

/**
 * Codes of framework entries that are not themes a person would choose: the model's "nothing to
 * code" and "fits nowhere" bins. They stay in the frame (a note synced from elsewhere may carry
 * them) but are never suggested.
 */
export const UNSUGGESTED_THEME_CODES: ReadonlySet<string> = new Set([
  'labelling-not-possible',
  'not-assigned',
]);

/** The theme with this code, or `undefined` when the frame has none. */
export const findThemeByCode = (
  code: string,
  frame: readonly Theme[] = DEFAULT_THEME_FRAME,
): Theme | undefined => frame.find((theme) => theme.code === code);

/**
 * The theme with this name, compared as the search compares text (case, accents, `&` and
 * punctuation do not matter), or `undefined`. Used to map another component's theme names, such
 * as the suggester's, onto the frame.
 */
export const findThemeByName = (
  name: string,
  frame: readonly Theme[] = DEFAULT_THEME_FRAME,
): Theme | undefined => {
  const folded = foldForSearch(name);
  return frame.find((theme) => foldForSearch(theme.name) === folded);
};
