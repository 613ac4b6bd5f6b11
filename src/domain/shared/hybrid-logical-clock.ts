/**
 * A hybrid logical clock (Kulkarni, Demirbas et al., "Logical Physical Clocks", 2014). It stamps the
 * edits that merge field by field (an `Idea` edited on several tablets) so that:
 * - stamps from one device strictly increase, even when the tablet's clock is set backwards;
 * - a stamp made after seeing another device's stamp is greater than it (causality is kept);
 * - stamps stay close to real time, so "latest edit wins" matches what people expect;
 * - any two stamps compare (wall time, then counter, then node id), a total order, so every device
 *   picks the same winner without talking to the others.
 * Time is always passed in: this module never reads a clock.
 */
import { z } from 'zod/mini';
import { err, ok, type Result } from './result';

/** Width of the wall time in a formatted stamp: 15 digits reach the year 33658. */
const WALL_TIME_DIGITS = 15;
/** Width of the counter in a formatted stamp. */
const COUNTER_DIGITS = 6;

/** The largest wall time a stamp can hold, in Unix milliseconds. */
export const MAX_HYBRID_WALL_TIME = 10 ** WALL_TIME_DIGITS - 1;
/**
 * The largest counter. The counter grows only while the physical clock stands still or is behind the
 * clock's wall time; if it would pass this, the wall time moves on by 1 ms instead, which keeps stamps
 * increasing at the cost of running at most 1 ms ahead per million events.
 */
export const MAX_HYBRID_COUNTER = 10 ** COUNTER_DIGITS - 1;

/**
 * How far ahead of this device's clock a received stamp may be: one day. The server already
 * re-stamps field stamps more than 10 minutes ahead of its own clock (SPEC CLOCK-2), so a larger lead
 * seen here usually means this device's own clock is slow, which should not stop it syncing: a
 * tablet wrong by hours (set by hand, a missed daylight-saving change) still merges. A lead of more
 * than a day means a clock that is badly wrong (reset to a default date, set years ahead), and
 * adopting it would drag this device's clock, and every stamp it makes afterwards, along with it.
 */
export const DEFAULT_MAX_CLOCK_DRIFT_MS = 24 * 60 * 60 * 1000;

/** A hybrid timestamp, as an object. */
export const hybridTimestampSchema = z.strictObject({
  /** Unix milliseconds: the largest physical time this clock has seen. */
  wallTime: z.int().check(z.minimum(0), z.maximum(MAX_HYBRID_WALL_TIME)),
  /** Orders events that share a wall time. */
  counter: z.int().check(z.minimum(0), z.maximum(MAX_HYBRID_COUNTER)),
  /** The device (or server) that made the stamp; breaks the last ties. */
  nodeId: z.string().check(z.minLength(1), z.maxLength(64)),
});

/** A hybrid timestamp: wall time, counter and the id of the node that made it. */
export type HybridTimestamp = z.infer<typeof hybridTimestampSchema>;

/** Why {@link receiveClock} refused a remote stamp. */
export type ClockDriftError = {
  readonly kind: 'remote-clock-too-far-ahead';
  /** How far the remote wall time is ahead of this device's physical time. */
  readonly aheadByMs: number;
  readonly maxDriftMs: number;
};

const checkPhysicalTime = (nowMs: number): number => {
  if (!Number.isFinite(nowMs) || nowMs < 0) {
    throw new RangeError('The physical time must be a non-negative number of milliseconds.');
  }
  return Math.floor(nowMs);
};

/** Keeps (wallTime, counter) increasing when the counter is full, by moving on one millisecond. */
const settle = (wallTime: number, counter: number, nodeId: string): HybridTimestamp =>
  counter > MAX_HYBRID_COUNTER
    ? { wallTime: wallTime + 1, counter: 0, nodeId }
    : { wallTime, counter, nodeId };

/** The starting state of a clock on a node that has stamped nothing yet. */
export const initialHybridTimestamp = (nodeId: string): HybridTimestamp => ({
  wallTime: 0,
  counter: 0,
  nodeId,
});

/**
 * Stamps a local event (an edit made on this device). The result is greater than `previous`, and its
 * wall time is never below `nowMs`.
 */
export const tickClock = (previous: HybridTimestamp, nowMs: number): HybridTimestamp => {
  const physical = checkPhysicalTime(nowMs);
  if (physical > previous.wallTime) {
    return { wallTime: physical, counter: 0, nodeId: previous.nodeId };
  }
  return settle(previous.wallTime, previous.counter + 1, previous.nodeId);
};

/**
 * Advances the local clock on receiving a stamp from another node. The result keeps the local node id
 * and is greater than both `local` and `remote`. A remote stamp more than `maxDriftMs` ahead of
 * `nowMs` is refused (the local clock is then unchanged) rather than adopted.
 */
export const receiveClock = (
  local: HybridTimestamp,
  remote: HybridTimestamp,
  nowMs: number,
  options: { maxDriftMs?: number } = {},
): Result<HybridTimestamp, ClockDriftError> => {
  const physical = checkPhysicalTime(nowMs);
  const maxDriftMs = options.maxDriftMs ?? DEFAULT_MAX_CLOCK_DRIFT_MS;
  const aheadByMs = remote.wallTime - physical;
  if (aheadByMs > maxDriftMs) {
    return err({ kind: 'remote-clock-too-far-ahead', aheadByMs, maxDriftMs });
  }
  const wallTime = Math.max(local.wallTime, remote.wallTime, physical);
  const isLocalWall = wallTime === local.wallTime;
  const isRemoteWall = wallTime === remote.wallTime;
  let counter = 0;
  if (isLocalWall && isRemoteWall) {
    counter = Math.max(local.counter, remote.counter) + 1;
  } else if (isLocalWall) {
    counter = local.counter + 1;
  } else if (isRemoteWall) {
    counter = remote.counter + 1;
  }
  return ok(settle(wallTime, counter, local.nodeId));
};

/**
 * Orders two stamps: wall time, then counter, then node id (by UTF-16 code units, as strings compare).
 * A total order: it returns 0 only for equal stamps.
 *
 * @returns a negative number if `a` is earlier, positive if later, 0 if equal
 */
export const compareHybridTimestamps = (a: HybridTimestamp, b: HybridTimestamp): number => {
  if (a.wallTime !== b.wallTime) return a.wallTime < b.wallTime ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  if (a.nodeId !== b.nodeId) return a.nodeId < b.nodeId ? -1 : 1;
  return 0;
};

/**
 * Writes a stamp as `<15-digit wall time>-<6-digit counter>-<node id>`. Because the numbers are fixed
 * width, plain string order (as in IndexedDB indexes and SQL `ORDER BY`) equals
 * {@link compareHybridTimestamps} order.
 *
 * @throws RangeError for a stamp outside the schema (negative, fractional or too large numbers, empty node id)
 */
export const formatHybridTimestamp = (timestamp: HybridTimestamp): string => {
  if (!hybridTimestampSchema.safeParse(timestamp).success) {
    throw new RangeError('formatHybridTimestamp was given a stamp outside the hybrid timestamp schema.');
  }
  const wallTime = String(timestamp.wallTime).padStart(WALL_TIME_DIGITS, '0');
  const counter = String(timestamp.counter).padStart(COUNTER_DIGITS, '0');
  return `${wallTime}-${counter}-${timestamp.nodeId}`;
};

const formattedPattern = new RegExp(`^(\\d{${WALL_TIME_DIGITS}})-(\\d{${COUNTER_DIGITS}})-(.+)$`, 's');

/** Reads a stamp written by {@link formatHybridTimestamp}. */
export const parseHybridTimestamp = (text: string): Result<HybridTimestamp> => {
  const match = formattedPattern.exec(text);
  if (!match) {
    return err('is not a hybrid timestamp (expected wall time, counter and node id)');
  }
  const parsed = hybridTimestampSchema.safeParse({
    wallTime: Number(match[1]),
    counter: Number(match[2]),
    nodeId: match[3],
  });
  return parsed.success ? ok(parsed.data) : err('has a node id that is empty or longer than 64 characters');
};

/** A formatted hybrid timestamp, as stored in records (for example an idea's field stamps). */
export const formattedHybridTimestampSchema = z
  .string()
  .check(z.refine((text) => parseHybridTimestamp(text).isOk, 'must be a hybrid timestamp'));
