import { create } from 'zustand';
import { useUnsavedInputStore } from '../../components/unsaved-input-store';

/** The id under which the capture form reports unsaved input. */
export const captureInputSourceId = 'capture';

type CaptureState = {
  /** What is typed in the box: kept here, not in the form, so it survives a route change. */
  text: string;
  setText: (text: string) => void;
};

export const useCaptureStore = create<CaptureState>()((set) => ({
  text: '',
  setText: (text) => {
    set({ text });
    // Reported from the store rather than the form, so that text left on another route
    // still holds back an app update.
    useUnsavedInputStore.getState().setHasUnsavedInput(captureInputSourceId, text.trim().length > 0);
  },
}));
