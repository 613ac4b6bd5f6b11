import { create } from 'zustand';

type AppUpdateState = {
  /** A new version of the app is installed and waiting for the person to accept it. */
  isUpdateWaiting: boolean;
  /** Activates the waiting version, which then reloads the page. */
  applyUpdate: () => void;
  offerUpdate: (applyUpdate: () => void) => void;
};

/** Whether an app update waits, fed by the service worker registration. */
export const useAppUpdateStore = create<AppUpdateState>()((set) => ({
  isUpdateWaiting: false,
  applyUpdate: () => {},
  offerUpdate: (applyUpdate) => set({ isUpdateWaiting: true, applyUpdate }),
}));
