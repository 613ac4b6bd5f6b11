import { create } from 'zustand';

type StaffLockState = {
  /** Staff screens show their data. Every start of the app begins locked. */
  isUnlocked: boolean;
  unlock: () => void;
  lock: () => void;
};

export const useStaffLockStore = create<StaffLockState>()((set) => ({
  isUnlocked: false,
  unlock: () => set({ isUnlocked: true }),
  lock: () => set({ isUnlocked: false }),
}));
