import type { ReactNode } from 'react';
import { StaffLockGate } from '../features/staff-lock/staff-lock-gate';
import { SyncStatus } from './sync-status';
import type { AppServices } from './app-services';

type StaffRouteProps = { services: AppServices; children: ReactNode };

/** A staff screen: the sync status above it, and the screen itself only once unlocked with the PIN. */
export function StaffRoute({ services, children }: StaffRouteProps) {
  return (
    <>
      <SyncStatus services={services} />
      <StaffLockGate checkPin={services.checkStaffPin} readLockout={services.readStaffLockout}>
        {children}
      </StaffLockGate>
    </>
  );
}
