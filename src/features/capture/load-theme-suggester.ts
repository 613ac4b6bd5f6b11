import type { LoadNoteSuggester, SuggestNote } from './note-suggestion';

let loading: Promise<SuggestNote | null> | undefined;

/**
 * The default suggester: the on-device model (src/domain/themes), fetched and parsed once, in a
 * chunk of its own. A failed fetch (offline before the chunk was cached) is tried again on the
 * next call.
 */
export const loadThemeSuggester: LoadNoteSuggester = () => {
  loading ??= import('./theme-suggester')
    .then((module) => module.createThemeSuggester())
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
};
