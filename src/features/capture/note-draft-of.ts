import type { NoteDraft, NoteKind, Sentiment } from '../../domain/notes/note';
import type { CaptureDraftState } from './capture-store';
import { identifierReasonsOf, type IdentifierGroup } from './identifier-groups';
import { selectedThemeCodes } from './selected-theme-codes';

type Remembered = { kind: NoteKind; role: string | null };

/** The kind on screen: chosen by hand for this note, else the one the tablet remembers. */
export const shownKind = (state: Pick<CaptureDraftState, 'kind'>, remembered: Remembered): NoteKind =>
  state.kind ?? remembered.kind;

/** The role on screen: chosen by hand for this note, else the one the tablet remembers. */
export const shownRole = (state: Pick<CaptureDraftState, 'role'>, remembered: Remembered): string | null =>
  state.role === undefined ? remembered.role : state.role;

/** The sentiment on screen: chosen by hand, else suggested, else none. */
export const shownSentiment = (
  state: Pick<CaptureDraftState, 'sentiment' | 'suggestion'>,
): Sentiment | null => state.sentiment ?? state.suggestion?.sentiment ?? null;

/** The themes on screen: see {@link selectedThemeCodes}. */
export const shownThemeCodes = (
  state: Pick<CaptureDraftState, 'suggestion' | 'addedThemeCodes' | 'removedThemeCodes'>,
): string[] =>
  selectedThemeCodes({
    suggestedCodes: state.suggestion?.themeCodes ?? [],
    addedCodes: state.addedThemeCodes,
    removedCodes: state.removedThemeCodes,
  });

/**
 * The note exactly as the screen shows it, with a reason for each identifier kept in the words
 * (`groups`: the identifiers found in `state.text` just now).
 */
export const noteDraftOf = (
  state: CaptureDraftState,
  remembered: Remembered,
  groups: readonly IdentifierGroup[],
): NoteDraft => ({
  text: state.text,
  kind: shownKind(state, remembered),
  sentiment: shownSentiment(state),
  themes: shownThemeCodes(state),
  isUrgent: state.isUrgent,
  hasConsentToShare: state.hasConsentToShare,
  area: state.area,
  capturedByRole: shownRole(state, remembered),
  identifierReasons: identifierReasonsOf(groups, state.keptIdentifiers),
});
