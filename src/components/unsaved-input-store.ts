import { create } from 'zustand';

type UnsavedInputState = {
  /** Ids of the forms that hold typed input that is not saved yet. */
  sourceIds: ReadonlySet<string>;
  setHasUnsavedInput: (sourceId: string, hasUnsavedInput: boolean) => void;
};

/**
 * Which forms hold unsaved input. An app update reloads the page, so the update banner
 * waits until this is empty: an update must never throw away what someone typed.
 */
export const useUnsavedInputStore = create<UnsavedInputState>()((set) => ({
  sourceIds: new Set(),
  setHasUnsavedInput: (sourceId, hasUnsavedInput) =>
    set((state) => {
      if (state.sourceIds.has(sourceId) === hasUnsavedInput) return state;
      const sourceIds = new Set(state.sourceIds);
      if (hasUnsavedInput) sourceIds.add(sourceId);
      else sourceIds.delete(sourceId);
      return { sourceIds };
    }),
}));

export const selectHasAnyUnsavedInput = (state: UnsavedInputState): boolean => state.sourceIds.size > 0;
