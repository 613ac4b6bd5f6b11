import { useId } from 'react';
import { formatClockTime } from '../../components/format-clock-time';
import type { IdeaConflict } from '../../domain/ideas/idea';
import { describeField, describeTablet, describeValue, lostEditTime } from './describe-conflict';

type IdeaHistoryProps = { conflicts: readonly IdeaConflict[]; thisDeviceId: string | undefined };

/**
 * Values that lost to a change made at the same time on another tablet (IDEA-2): kept and shown,
 * never silently dropped, so the team can put one back if it was the better one.
 */
export function IdeaHistory({ conflicts, thisDeviceId }: IdeaHistoryProps) {
  const headingId = useId();
  if (conflicts.length === 0) return null;
  const now = new Date();
  return (
    <section className="app-idea-history" aria-labelledby={headingId}>
      <h4 id={headingId}>Idea history</h4>
      <ul className="nhsuk-list app-idea-history__list">
        {conflicts.map((conflict) => {
          const madeAt = lostEditTime(conflict.losingStamp);
          return (
            <li key={`${conflict.field}-${conflict.losingStamp}`}>
              <span className="app-idea-history__value">
                {describeField(conflict.field)}: {describeValue(conflict.losingValue)}
              </span>{' '}
              from {describeTablet(conflict.losingStamp, thisDeviceId)}
              {madeAt && (
                <>
                  {' '}
                  at <time dateTime={madeAt.toISOString()}>{formatClockTime(madeAt, now)}</time>
                </>
              )}
              , kept from a change made at the same time on another tablet.
            </li>
          );
        })}
      </ul>
    </section>
  );
}
