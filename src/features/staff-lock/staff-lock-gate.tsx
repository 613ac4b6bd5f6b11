import type { ReactNode } from 'react';
import type { CheckStaffPin, ReadStaffLockout } from './check-staff-pin';
import { StaffLockScreen } from './staff-lock-screen';
import { useStaffLockStore } from './staff-lock-store';

type StaffLockGateProps = {
  checkPin: CheckStaffPin;
  readLockout?: ReadStaffLockout;
  children: ReactNode;
};

/** Shows `children` (a staff screen) only while staff have unlocked this tablet. */
export function StaffLockGate({ checkPin, readLockout, children }: StaffLockGateProps) {
  const isUnlocked = useStaffLockStore((state) => state.isUnlocked);
  const unlock = useStaffLockStore((state) => state.unlock);
  if (isUnlocked) return children;
  return <StaffLockScreen checkPin={checkPin} readLockout={readLockout} onUnlocked={unlock} />;
}
