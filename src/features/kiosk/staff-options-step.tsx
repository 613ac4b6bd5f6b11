import { use, useEffect, useRef, useState } from 'react';
import { useSubscription } from '../../components/use-subscription';
import { useMessages } from './i18n/kiosk-i18n';
import { kioskMessages } from './kiosk-messages';
import type { LoadKioskServices } from './kiosk-services';

type StaffOptionsStepProps = {
  loadServices: LoadKioskServices;
  onReturn: () => void;
};

/**
 * What staff may do on a kiosk tablet once the PIN is right: see its ward and what waits to be
 * sent, and send it now. A kiosk has no capture, board, huddle or setup, so nothing here links there.
 */
export function StaffOptionsStep({ loadServices, onReturn }: StaffOptionsStepProps) {
  const t = useMessages(kioskMessages);
  const { readWardSettings, watchWaitingCount, syncNow } = use(loadServices());
  const waitingCount = useSubscription(watchWaitingCount);
  const [wardName, setWardName] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  useEffect(() => {
    let isCurrent = true;
    readWardSettings()
      .then((settings) => {
        if (isCurrent) setWardName(settings.wardName);
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [readWardSettings]);

  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {t.staffOptions}
      </h1>
      {wardName !== undefined && <p>{t.ward({ ward: wardName })}</p>}
      <p role="status">{waitingCount === undefined ? t.loading : t.waitingToSend(waitingCount)}</p>
      <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={syncNow}>
        {t.syncNow}
      </button>
      <button className="nhsuk-button" type="button" onClick={onReturn}>
        {t.returnToFeedback}
      </button>
    </>
  );
}
