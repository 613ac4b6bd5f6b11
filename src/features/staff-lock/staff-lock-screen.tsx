import { PinForm, type PinFormMessages } from '../../components/pin-form';
import { useDocumentTitle } from '../../components/use-document-title';
import type { CheckStaffPin, ReadStaffLockout } from './check-staff-pin';
import {
  describeLockout,
  describeWrongPin,
  emptyPinMessage,
  failedCheckMessage,
  noPinMessage,
} from './describe-pin-outcome';

type StaffLockScreenProps = {
  checkPin: CheckStaffPin;
  /** A lockout that began before this screen (another screen, a reload) still counts. */
  readLockout?: ReadStaffLockout;
  onUnlocked: () => void;
};

const pinMessages: PinFormMessages = {
  label: 'Staff PIN',
  hint: 'The ward’s PIN for staff, from the ward manager.',
  submit: 'Unlock',
  emptyPin: emptyPinMessage,
  wrongPin: describeWrongPin,
  lockedOut: describeLockout,
  noPin: noPinMessage,
  checkFailed: failedCheckMessage,
};

/** Shown instead of a staff screen until the ward's staff PIN is entered. */
export function StaffLockScreen({ checkPin, readLockout, onUnlocked }: StaffLockScreenProps) {
  useDocumentTitle('Unlock Wardside');
  return (
    <>
      <h1>Unlock Wardside</h1>
      <p>Staff screens show what patients and relatives said, so they are locked until you enter the PIN.</p>
      <PinForm
        id="staff-pin"
        messages={pinMessages}
        checkPin={checkPin}
        readLockout={readLockout}
        onUnlocked={onUnlocked}
      />
    </>
  );
}
