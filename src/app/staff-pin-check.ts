import type { WardsideDatabase } from '../data/db';
import type { CheckStaffPin, ReadStaffLockout } from '../features/staff-lock/check-staff-pin';
import { checkStaffPin, readStaffPinLockedUntil } from '../sync/staff-pin';

/** The staff lock's PIN check and lockout, on this tablet's stored verifier (works offline). */
export const createStaffPinCheck = (
  db: WardsideDatabase,
  now: () => Date,
): { checkStaffPin: CheckStaffPin; readStaffLockout: ReadStaffLockout } => ({
  checkStaffPin: (pin) => checkStaffPin({ db, pin, now }),
  readStaffLockout: () => readStaffPinLockedUntil({ db, now }),
});
