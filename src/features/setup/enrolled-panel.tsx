import { useEffect, useRef } from 'react';
import type { EnrolledTablet } from './enrol-tablet';

type EnrolledPanelProps = { tablet: EnrolledTablet; onContinue: () => void };

const roleWords = { kiosk: 'a kiosk for patients and visitors', staff: 'a staff tablet' } as const;

/**
 * Shown after enrolment when the browser would not promise to keep saved data, so that the
 * warning is read before the tablet moves on.
 */
export function EnrolledPanel({ tablet, onContinue }: EnrolledPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The form that had focus is gone: focus moves to the news, so it is read first.
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h2 ref={heading} tabIndex={-1}>
        This tablet is enrolled
      </h2>
      <p>
        It is {roleWords[tablet.role]} for {tablet.wardName}.
      </p>
      <div className="nhsuk-warning-callout">
        <h3 className="nhsuk-warning-callout__label">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Saved data may be cleared
        </h3>
        <p>
          This tablet may clear saved data when storage runs low. Keep it connected to the ward Wi-Fi so that
          what is saved here is sent to the server soon, and ask IT to install Wardside as an app, which makes
          this less likely.
        </p>
      </div>
      <button className="nhsuk-button" type="button" onClick={onContinue}>
        Continue
      </button>
    </>
  );
}
