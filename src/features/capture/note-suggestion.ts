import type { Sentiment } from '../../domain/notes/note';

/** What the device suggests for the words typed so far: a sentiment and theme codes of the frame. */
export type NoteSuggestion = {
  sentiment: Sentiment | null;
  /** Codes of the theme frame (`src/domain/theme-frame`), most likely first. */
  themeCodes: readonly string[];
};

/** Suggests for one text; fast enough to run as someone types (a few milliseconds). */
export type SuggestNote = (text: string) => NoteSuggestion;

/**
 * Loads the suggester (a chunk of its own, with the model) once; resolves to `null` when this
 * build has no model, so the form simply suggests nothing.
 */
export type LoadNoteSuggester = () => Promise<SuggestNote | null>;
