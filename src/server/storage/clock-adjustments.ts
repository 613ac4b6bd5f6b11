// The server's clock rules (src/domain/sync-rules/clock-rules.ts) applied to whole records and to
// idea changes as they arrive (SPEC CLOCK-1, CLOCK-2).
import { IDEA_EDITABLE_FIELDS, type Idea } from '../../domain/ideas/idea';
import type { IdeaChanges } from '../../domain/ideas/merge-idea';
import { clampCreatedAt, clockSkewMs, restampIfAhead } from '../../domain/sync-rules/clock-rules';

/** Device clock minus server clock when the batch arrived (CLOCK-1). */
export const skewOfBatch = (sentAt: string, serverNow: Date): number =>
  clockSkewMs(sentAt, serverNow.getTime());

/** A record whose `createdAt` is far ahead of the server gets the server's time instead (CLOCK-2). */
export const withClampedCreatedAt = <Value extends { createdAt: string }>(
  record: Value,
  serverNow: Date,
): Value => ({
  ...record,
  createdAt: clampCreatedAt(record.createdAt, serverNow.getTime()).value,
});

/** A new idea whose field stamps run far ahead of the server gets them re-stamped (CLOCK-2). */
export const withRestampedFields = (idea: Idea, serverNow: Date): Idea => {
  const fieldStamps = { ...idea.fieldStamps };
  for (const field of IDEA_EDITABLE_FIELDS) {
    fieldStamps[field] = restampIfAhead(idea.fieldStamps[field], serverNow.getTime(), null).stamp;
  }
  return { ...idea, fieldStamps };
};

/**
 * Field edits stamped far ahead of the server are re-stamped at the server's time, or just above the
 * stored stamp, so that an edit keeps beating what it beat (CLOCK-2). `current` is the idea as stored.
 */
export const withRestampedChanges = (changes: IdeaChanges, current: Idea, serverNow: Date): IdeaChanges => {
  const restamped: IdeaChanges = {};
  for (const field of IDEA_EDITABLE_FIELDS) {
    const change = changes[field];
    if (change === undefined) continue;
    const { stamp } = restampIfAhead(change.stamp, serverNow.getTime(), current.fieldStamps[field]);
    restamped[field] = { ...change, stamp };
  }
  return restamped;
};
