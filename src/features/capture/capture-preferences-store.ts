// What this tablet remembers between notes, and across reloads, so that a trained person does not
// tap them each time: the kind of the last note saved and the role of whoever captures. Neither is
// patient text, so localStorage (read synchronously at start, before the first render) is fine.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_NOTE_KIND, NOTE_KINDS, type NoteKind } from '../../domain/notes/note';
import { STAFF_ROLES } from './capture-labels';

type CapturePreferences = {
  /** The kind the form starts on: the kind of the last note saved here. */
  kind: NoteKind;
  /** The role chosen on this tablet, or `null` when none was. */
  role: string | null;
  remember: (preferences: { kind: NoteKind; role: string | null }) => void;
};

const isNoteKind = (value: unknown): value is NoteKind => NOTE_KINDS.some((kind) => kind === value);
const isStaffRole = (value: unknown): value is string => STAFF_ROLES.some((role) => role === value);

export const useCapturePreferencesStore = create<CapturePreferences>()(
  persist(
    (set) => ({
      kind: DEFAULT_NOTE_KIND,
      role: null,
      remember: ({ kind, role }) => set({ kind, role }),
    }),
    {
      name: 'wardside.capture-preferences',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ kind, role }) => ({ kind, role }),
      // Parsed, not trusted: anything else in storage falls back to the defaults.
      merge: (stored, current) => {
        const value =
          typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
        return {
          ...current,
          kind: isNoteKind(value.kind) ? value.kind : current.kind,
          role: isStaffRole(value.role) ? value.role : current.role,
        };
      },
    },
  ),
);
