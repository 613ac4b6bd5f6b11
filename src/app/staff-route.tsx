import { use, type ReactNode } from 'react';
import { StaffLockGate } from '../features/staff-lock/staff-lock-gate';
import type { AppServices } from './app-services';
import { SyncStatus } from './sync-status';
import type { Workspace } from './workspace';

type StaffRouteProps = { services: AppServices; children: (workspace: Workspace) => ReactNode };

/**
 * A staff screen: the sync status above it, and the screen itself only once unlocked with the PIN.
 * Waits (suspends) for the repositories and sync, which a kiosk loads only after its first paint.
 */
export function StaffRoute({ services, children }: StaffRouteProps) {
  const workspace = use(services.workspace());
  return (
    <>
      <SyncStatus workspace={workspace} />
      <StaffLockGate checkPin={workspace.checkStaffPin} readLockout={workspace.readStaffLockout}>
        {children(workspace)}
      </StaffLockGate>
    </>
  );
}
