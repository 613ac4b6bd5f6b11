/** The newest field stamp among some ideas, which a device's hybrid clock takes in when it pulls them. */
import type { Idea } from '../domain/ideas/idea';
import {
  compareHybridTimestamps,
  parseHybridTimestamp,
  type HybridTimestamp,
} from '../domain/shared/hybrid-logical-clock';

/** The highest stamp of any field of any of the ideas, or `null` for no ideas. */
export const maxOfStamps = (ideas: readonly Idea[]): HybridTimestamp | null => {
  let newest: HybridTimestamp | null = null;
  for (const idea of ideas) {
    for (const text of Object.values(idea.fieldStamps)) {
      const stamp = parseHybridTimestamp(text);
      if (stamp.isOk && (newest === null || compareHybridTimestamps(stamp.value, newest) > 0))
        newest = stamp.value;
    }
  }
  return newest;
};
