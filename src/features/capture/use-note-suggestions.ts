import { useEffect, useState } from 'react';
import type { LoadNoteSuggester, SuggestNote } from './note-suggestion';
import { useCaptureStore } from './capture-store';

/** How long typing must pause before the words are scored again. */
const SUGGESTION_DELAY_MS = 250;

/**
 * Keeps the store's suggestion in step with the words: the suggester is loaded when the form
 * mounts, then run once typing pauses. Blank words clear the suggestion.
 */
export function useNoteSuggestions(text: string, loadSuggester: LoadNoteSuggester): void {
  const [suggester, setSuggester] = useState<{ suggest: SuggestNote }>();
  const setSuggestion = useCaptureStore((state) => state.setSuggestion);

  useEffect(() => {
    let isCurrent = true;
    loadSuggester()
      .then((suggest) => {
        if (isCurrent && suggest) setSuggester({ suggest });
      })
      .catch(() => {
        // No model (offline before it was cached): the person chooses sentiment and themes alone.
      });
    return () => {
      isCurrent = false;
    };
  }, [loadSuggester]);

  useEffect(() => {
    if (!suggester) return;
    if (text.trim() === '') {
      setSuggestion(null);
      return;
    }
    const timer = setTimeout(() => setSuggestion(suggester.suggest(text)), SUGGESTION_DELAY_MS);
    return () => clearTimeout(timer);
  }, [suggester, text, setSuggestion]);
}
