import { create } from 'zustand';
import type { Note } from '../../../domain/notes/note';
import type { CaptureNotes } from '../capture-notes';
import { useCaptureStore, type CaptureDraftState } from '../capture-store';

/** What the Edit, Delete and History controls need; all three must be composed for them to show. */
export type NoteCorrectionsApi = Required<Pick<CaptureNotes, 'saveCorrection' | 'delete' | 'watchHistory'>>;

type NoteCorrectionsState = {
  /**
   * The corrections API, handed in by the capture form, which the screen gives the notes: the list
   * rows are the form's siblings, so they find it here rather than through props.
   */
  api: NoteCorrectionsApi | null;
  /** The version being edited in the capture form, and the new note's draft put aside meanwhile. */
  editing: { note: Note; setAside: CaptureDraftState } | null;
  /** The note just deleted, whose history is shown until the next edit or deletion. */
  deletedNoteId: string | null;
  setApi: (notes: Partial<NoteCorrectionsApi>) => void;
  /** Fills the capture form with the version to edit, putting aside whatever was being written. */
  startEditing: (note: Note) => void;
  /** Leaves edit mode and puts back what was being written before. */
  finishEditing: () => void;
  setDeletedNoteId: (noteId: string | null) => void;
};

const capture = () => useCaptureStore.getState();

const draftOf = (state: CaptureDraftState): CaptureDraftState => ({
  text: state.text,
  kind: state.kind,
  sentiment: state.sentiment,
  suggestion: state.suggestion,
  addedThemeCodes: state.addedThemeCodes,
  removedThemeCodes: state.removedThemeCodes,
  isUrgent: state.isUrgent,
  hasConsentToShare: state.hasConsentToShare,
  area: state.area,
  role: state.role,
  keptIdentifiers: state.keptIdentifiers,
});

export const useNoteCorrectionsStore = create<NoteCorrectionsState>()((set, get) => ({
  api: null,
  editing: null,
  deletedNoteId: null,
  setApi: ({ saveCorrection, delete: deleteNote, watchHistory }) =>
    set({
      api:
        saveCorrection && deleteNote && watchHistory
          ? { saveCorrection, delete: deleteNote, watchHistory }
          : null,
    }),
  startEditing: (note) => {
    const setAside = get().editing?.setAside ?? draftOf(capture());
    // Everything as the version has it, chosen "by hand", so nothing suggested changes it unasked.
    // Identifier reasons are given again at save time: the review runs on the words as they are then.
    useCaptureStore.setState({
      text: note.text,
      kind: note.kind,
      sentiment: note.sentiment,
      suggestion: null,
      addedThemeCodes: note.themes,
      removedThemeCodes: [],
      isUrgent: note.isUrgent,
      hasConsentToShare: note.hasConsentToShare,
      area: note.area,
      role: note.capturedByRole,
      keptIdentifiers: new Map(),
    });
    capture().setText(note.text);
    set({ editing: { note, setAside }, deletedNoteId: null });
  },
  finishEditing: () => {
    const editing = get().editing;
    if (editing === null) return;
    useCaptureStore.setState(editing.setAside);
    capture().setText(editing.setAside.text);
    set({ editing: null });
  },
  setDeletedNoteId: (deletedNoteId) => set({ deletedNoteId }),
}));
