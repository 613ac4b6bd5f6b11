import { use, useEffect, useRef } from 'react';
import { PinForm, type PinFormMessages } from '../../components/pin-form';
import { useMessages } from './i18n/kiosk-i18n';
import { kioskMessages } from './kiosk-messages';
import type { LoadKioskServices } from './kiosk-services';

type StaffPinStepProps = {
  loadServices: LoadKioskServices;
  onUnlocked: () => void;
  onBack: () => void;
};

/**
 * The way out of kiosk mode: the ward's staff PIN, checked on the tablet (it works offline), with
 * the lockout after five wrong tries that a reload does not undo. The PIN is never kept: it lives
 * in the form's state, which goes when the step does.
 */
export function StaffPinStep({ loadServices, onUnlocked, onBack }: StaffPinStepProps) {
  const t = useMessages(kioskMessages);
  const { checkStaffPin, readStaffLockout } = use(loadServices());
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const messages: PinFormMessages = {
    label: t.staffPin,
    submit: t.unlock,
    errorPrefix: t.errorPrefix,
    emptyPin: t.enterPin,
    wrongPin: (triesLeft) => t.wrongPin(triesLeft),
    lockedOut: (remainingMilliseconds) => {
      const minutes = Math.ceil(remainingMilliseconds / 60_000);
      return t.lockedOut(minutes);
    },
    noPin: t.noPinOnTablet,
    checkFailed: t.pinNotChecked,
  };

  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {t.staff}
      </h1>
      <PinForm
        id="kiosk-staff-pin"
        messages={messages}
        checkPin={checkStaffPin}
        readLockout={readStaffLockout}
        onUnlocked={onUnlocked}
      />
      <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onBack}>
        {t.backToFeedback}
      </button>
    </>
  );
}
