import { useEffect } from 'react';
import { staffIdleLockMilliseconds, startIdleLock } from './start-idle-lock';
import { useStaffLockStore } from './staff-lock-store';

/**
 * Locks the staff screens after `idleMilliseconds` without activity, or as soon as the tablet
 * sleeps (see startIdleLock). Watches only while unlocked; mount it once, somewhere that stays
 * mounted on a staff tablet whatever the route.
 */
export function useIdleLock(idleMilliseconds: number = staffIdleLockMilliseconds): void {
  const isUnlocked = useStaffLockStore((state) => state.isUnlocked);
  const lock = useStaffLockStore((state) => state.lock);
  useEffect(() => {
    if (!isUnlocked) return;
    return startIdleLock({ idleMilliseconds, lock, window });
  }, [isUnlocked, idleMilliseconds, lock]);
}
