// The server's clock rules applied to what a device sends (SPEC CLOCK-1, CLOCK-2).
import { IDEA_EDITABLE_FIELDS, type Idea } from '../../domain/ideas/idea';
import type { IdeaChanges } from '../../domain/ideas/merge-idea';
import { formatHybridTimestamp, parseHybridTimestamp } from '../../domain/shared/hybrid-logical-clock';

const MAX_AHEAD_MS = 10 * 60 * 1000;

const clampCreatedAt = (createdAt: string, serverNow: Date): string =>
  Date.parse(createdAt) - serverNow.getTime() > MAX_AHEAD_MS ? serverNow.toISOString() : createdAt;

const restampIfAhead = (stamp: string, serverNow: Date): string => {
  const parsed = parseHybridTimestamp(stamp);
  if (!parsed.isOk || parsed.value.wallTime - serverNow.getTime() <= MAX_AHEAD_MS) return stamp;
  return formatHybridTimestamp({ wallTime: serverNow.getTime(), counter: 0, nodeId: parsed.value.nodeId });
};

/** Device clock minus server clock when the batch arrived (CLOCK-1). */
export const skewOfBatch = (sentAt: string, serverNow: Date): number =>
  Date.parse(sentAt) - serverNow.getTime();

/** A record whose `createdAt` is far ahead of the server gets the server's time instead (CLOCK-2). */
export const withClampedCreatedAt = <Value extends { createdAt: string }>(
  record: Value,
  serverNow: Date,
): Value => ({
  ...record,
  createdAt: clampCreatedAt(record.createdAt, serverNow),
});

/** An idea whose field stamps run far ahead of the server gets them re-stamped (CLOCK-2). */
export const withRestampedFields = (idea: Idea, serverNow: Date): Idea => {
  const fieldStamps = { ...idea.fieldStamps };
  for (const field of IDEA_EDITABLE_FIELDS)
    fieldStamps[field] = restampIfAhead(idea.fieldStamps[field], serverNow);
  return { ...idea, fieldStamps };
};

/** Field edits stamped far ahead of the server are re-stamped at the server's time (CLOCK-2). */
export const withRestampedChanges = (changes: IdeaChanges, serverNow: Date): IdeaChanges =>
  Object.fromEntries(
    Object.entries(changes).map(([field, change]) => [
      field,
      change && { ...change, stamp: restampIfAhead(change.stamp, serverNow) },
    ]),
  );
