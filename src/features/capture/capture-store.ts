import { create } from 'zustand';
import { useUnsavedInputStore } from '../../components/unsaved-input-store';
import type { NoteArea, NoteKind, Sentiment } from '../../domain/notes/note';
import type { NoteSuggestion } from './note-suggestion';

/** The id under which the capture form reports unsaved input. */
export const captureInputSourceId = 'capture';

/** The note being captured. Kept here, not in the form, so that it survives a route change. */
export type CaptureDraftState = {
  /** What is typed in the box. */
  text: string;
  /** The kind chosen by hand for this note; `null` means the kind the tablet remembers. */
  kind: NoteKind | null;
  /** The sentiment chosen by hand; `null` means the suggested one, if any. */
  sentiment: Sentiment | null;
  /** What the device suggests for the words, `null` until it has suggested. */
  suggestion: NoteSuggestion | null;
  addedThemeCodes: readonly string[];
  removedThemeCodes: readonly string[];
  isUrgent: boolean;
  hasConsentToShare: boolean;
  area: NoteArea | null;
  /** The role chosen by hand for this note; `undefined` means the role the tablet remembers. */
  role: string | null | undefined;
  /**
   * Identifiers the person chose to keep, by {@link identifierKey}, with the reason typed so far.
   * In memory only: the values are patient text.
   */
  keptIdentifiers: ReadonlyMap<string, string>;
};

type CaptureState = CaptureDraftState & {
  setText: (text: string) => void;
  setKind: (kind: NoteKind) => void;
  setSentiment: (sentiment: Sentiment) => void;
  setSuggestion: (suggestion: NoteSuggestion | null) => void;
  addTheme: (code: string) => void;
  removeTheme: (code: string) => void;
  setIsUrgent: (isUrgent: boolean) => void;
  setHasConsentToShare: (hasConsentToShare: boolean) => void;
  setArea: (area: NoteArea | null) => void;
  setRole: (role: string | null) => void;
  keepIdentifier: (key: string) => void;
  setKeepReason: (key: string, reason: string) => void;
  /** Back to a blank note after a save; the words stay when they changed while it saved. */
  clearAfterSave: (savedText: string) => void;
};

const blankDraft: Omit<CaptureDraftState, 'text'> = {
  kind: null,
  sentiment: null,
  suggestion: null,
  addedThemeCodes: [],
  removedThemeCodes: [],
  isUrgent: false,
  hasConsentToShare: false,
  area: null,
  role: undefined,
  keptIdentifiers: new Map(),
};

const reportUnsavedInput = (text: string): void =>
  // Reported from the store rather than the form, so that text left on another route still holds
  // back an app update.
  useUnsavedInputStore.getState().setHasUnsavedInput(captureInputSourceId, text.trim().length > 0);

export const useCaptureStore = create<CaptureState>()((set, get) => ({
  text: '',
  ...blankDraft,
  setText: (text) => {
    set({ text });
    reportUnsavedInput(text);
  },
  setKind: (kind) => set({ kind }),
  setSentiment: (sentiment) => set({ sentiment }),
  setSuggestion: (suggestion) => {
    if (suggestion !== get().suggestion) set({ suggestion });
  },
  addTheme: (code) =>
    set((state) => ({
      addedThemeCodes: state.addedThemeCodes.includes(code)
        ? state.addedThemeCodes
        : [...state.addedThemeCodes, code],
      removedThemeCodes: state.removedThemeCodes.filter((removed) => removed !== code),
    })),
  removeTheme: (code) =>
    set((state) => ({
      addedThemeCodes: state.addedThemeCodes.filter((added) => added !== code),
      removedThemeCodes: state.removedThemeCodes.includes(code)
        ? state.removedThemeCodes
        : [...state.removedThemeCodes, code],
    })),
  setIsUrgent: (isUrgent) => set({ isUrgent }),
  setHasConsentToShare: (hasConsentToShare) => set({ hasConsentToShare }),
  setArea: (area) => set({ area }),
  setRole: (role) => set({ role }),
  keepIdentifier: (key) =>
    set((state) => {
      if (state.keptIdentifiers.has(key)) return state;
      return { keptIdentifiers: new Map(state.keptIdentifiers).set(key, '') };
    }),
  setKeepReason: (key, reason) =>
    set((state) => ({ keptIdentifiers: new Map(state.keptIdentifiers).set(key, reason) })),
  clearAfterSave: (savedText) => {
    const isUnchanged = get().text === savedText;
    // Words typed while the save ran are kept, and so is what was suggested for them.
    set(isUnchanged ? { text: '', ...blankDraft } : { ...blankDraft, suggestion: get().suggestion });
    reportUnsavedInput(get().text);
  },
}));
