import { useStaffLockStore } from './staff-lock-store';

/** Locks the staff screens at once, for a tablet about to be put down. Hidden while locked. */
export function LockButton() {
  const isUnlocked = useStaffLockStore((state) => state.isUnlocked);
  const lock = useStaffLockStore((state) => state.lock);
  if (!isUnlocked) return null;
  return (
    <button className="nhsuk-button nhsuk-button--reverse app-lock-button" type="button" onClick={lock}>
      Lock
    </button>
  );
}
