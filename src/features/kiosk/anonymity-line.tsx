import { useKioskDisplayStore } from './display/kiosk-display-store';
import { useMessages } from './i18n/kiosk-i18n';
import { kioskEasyReadMessages, kioskMessages } from './kiosk-messages';

type AnonymityLineProps = {
  /**
   * The ward's escalation text, `null` when the ward set none, `undefined` while it is being read
   * (the urgent-concern sentence then waits rather than show the default and change under the reader).
   */
  escalationText: string | null | undefined;
};

/** Feedback is anonymous, is not a complaint, and where to go with an urgent concern. */
export function AnonymityLine({ escalationText }: AnonymityLineProps) {
  const t = useMessages(kioskMessages);
  const easyRead = useMessages(kioskEasyReadMessages);
  const isEasyRead = useKioskDisplayStore((state) => state.isEasyRead);
  return (
    <div className="app-kiosk-anonymity">
      <p className="nhsuk-u-margin-bottom-2">{t.anonymous}</p>
      {isEasyRead && <p className="app-kiosk-easy-read">{easyRead.anonymous}</p>}
      {escalationText !== undefined && (
        <p>
          {escalationText === null || escalationText.trim() === ''
            ? t.urgentConcernDefault
            : t.urgentConcern({ escalation: escalationText })}
        </p>
      )}
      {isEasyRead && escalationText !== undefined && (
        <p className="app-kiosk-easy-read">{easyRead.urgentConcern}</p>
      )}
    </div>
  );
}
