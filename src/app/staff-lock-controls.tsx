import { LockButton } from '../features/staff-lock/lock-button';
import { useIdleLock } from '../features/staff-lock/use-idle-lock';

type StaffLockControlsProps = { idleMilliseconds?: number };

/**
 * The header's part of the staff lock: the Lock button, and the idle and sleep locks. The header
 * is on screen on every route of a staff tablet (the kiosk face too), so the timer runs whichever
 * screen is open.
 */
export function StaffLockControls({ idleMilliseconds }: StaffLockControlsProps) {
  useIdleLock(idleMilliseconds);
  return <LockButton />;
}
