import { useEffect, useRef } from 'react';

type KioskErrorSummaryProps = {
  title: string;
  errors: readonly { message: string; targetId: string }[];
};

/**
 * The NHS.UK error summary, focused when it appears. Its links move focus to the field without
 * changing the URL: the kiosk never adds history entries (the back button must lead nowhere).
 */
export function KioskErrorSummary({ title, errors }: KioskErrorSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    summary.current?.focus();
  }, []);
  return (
    <div
      className="nhsuk-error-summary"
      aria-labelledby="kiosk-error-summary-title"
      role="alert"
      tabIndex={-1}
      ref={summary}
    >
      <h2 className="nhsuk-error-summary__title" id="kiosk-error-summary-title">
        {title}
      </h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {errors.map(({ message, targetId }) => (
            <li key={targetId}>
              <a
                href={`#${targetId}`}
                onClick={(event) => {
                  event.preventDefault();
                  const target = document.getElementById(targetId);
                  target?.focus();
                  target?.scrollIntoView?.({ block: 'center' });
                }}
              >
                {message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
