import { useEffect, useRef } from 'react';
import { useKioskDisplayStore } from './display/kiosk-display-store';
import { useMessages } from './i18n/kiosk-i18n';
import { kioskEasyReadMessages, kioskMessages } from './kiosk-messages';

type StillThereDialogProps = {
  /** Seconds until the answers are cleared, as the dialog says. */
  secondsLeft: number;
  onStillHere: () => void;
};

/**
 * The idle warning. An alert dialog takes focus (to its button) so that it is announced and one
 * key or tap keeps the answers; focus goes back where it was when it closes.
 */
export function StillThereDialog({ secondsLeft, onStillHere }: StillThereDialogProps) {
  const t = useMessages(kioskMessages);
  const easyRead = useMessages(kioskEasyReadMessages);
  const isEasyRead = useKioskDisplayStore((state) => state.isEasyRead);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const previous = document.activeElement;
    button.current?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);

  return (
    <div
      className="app-kiosk-dialog nhsuk-inset-text"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="kiosk-still-there-title"
      aria-describedby="kiosk-still-there-text"
    >
      <h2 className="nhsuk-heading-m" id="kiosk-still-there-title">
        {t.stillThere}
      </h2>
      <p id="kiosk-still-there-text">{t.answersWillBeCleared(secondsLeft)}</p>
      {isEasyRead && <p className="app-kiosk-easy-read">{easyRead.stillThere}</p>}
      <button className="nhsuk-button" type="button" ref={button} onClick={onStillHere}>
        {t.stillHere}
      </button>
    </div>
  );
}
