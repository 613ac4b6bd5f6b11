import { useEffect, useRef, useState } from 'react';
import { useNow } from '../../components/use-now';
import {
  describeClockSkew,
  describeLastSent,
  describePending,
  describeProblem,
  describeState,
  healthAnnouncements,
  healthOf,
  type SyncHealth,
} from './describe-sync-status';
import type { SyncStatusView } from './sync-status-view';

type SyncStatusPanelProps = {
  /** Undefined until the engine has said where it stands. */
  status: SyncStatusView | undefined;
  onSyncNow: () => void;
};

/** Ages such as "oldest waiting 3 minutes" move on without any sync event. */
const ageRefreshMilliseconds = 15_000;

/**
 * Whether what is saved on this tablet has reached the server: how much waits and for how long,
 * when a send last worked, any problem, and a "Sync now" button. The visible text is not a live
 * region (it changes with every save); a separate polite status speaks only when sync stops or
 * starts working again.
 */
export function SyncStatusPanel({ status, onSyncNow }: SyncStatusPanelProps) {
  const now = useNow(ageRefreshMilliseconds);
  const announcement = useHealthAnnouncement(status === undefined ? undefined : healthOf(status.state));
  const problem = status && describeProblem(status);
  const clockSkew = status && describeClockSkew(status);

  return (
    <section className="app-sync-status" aria-label="Sync status">
      <div className="app-sync-status__text">
        {status === undefined ? (
          <p className="app-sync-status__line">Checking what is waiting to be sent…</p>
        ) : (
          <>
            <p className="app-sync-status__line app-sync-status__line--main">
              {describePending(status, now)}
            </p>
            <p className="app-sync-status__line">
              {describeLastSent(status, now)}. {describeState(status, now)}
            </p>
            {problem && (
              <p
                className={`app-sync-status__line app-sync-status__problem${isUrgent(status) ? ' app-sync-status__problem--urgent' : ''}`}
              >
                {problem}
              </p>
            )}
            {clockSkew && <p className="app-sync-status__line app-sync-status__problem">{clockSkew}</p>}
          </>
        )}
        <p className="nhsuk-u-visually-hidden" role="status">
          {announcement}
        </p>
      </div>
      <button
        className="nhsuk-button nhsuk-button--secondary app-sync-status__button"
        type="button"
        onClick={onSyncNow}
      >
        Sync now
      </button>
    </section>
  );
}

/** Being offline is normal on a ward; the other problems need someone to act. */
const isUrgent = (status: SyncStatusView): boolean =>
  status.state !== 'offline' && status.state !== 'waiting-to-retry';

/** Announces a change of health, never the first one seen (the page already says where it stands). */
function useHealthAnnouncement(health: SyncHealth | undefined): string {
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef<SyncHealth | undefined>(undefined);
  useEffect(() => {
    if (health === undefined || health === previous.current) return;
    if (previous.current !== undefined) setAnnouncement(healthAnnouncements[health]);
    previous.current = health;
  }, [health]);
  return announcement;
}
