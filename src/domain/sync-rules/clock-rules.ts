/**
 * The server's clock rules (SPEC CLOCK-1, CLOCK-2), as pure functions: the server passes in its own
 * time. Device clocks are for display; these keep a tablet whose clock is wrong (set a day ahead by
 * hand, reset to a default year) from misdating records or winning every future idea merge.
 */
import {
  MAX_HYBRID_COUNTER,
  compareHybridTimestamps,
  formatHybridTimestamp,
  parseHybridTimestamp,
  type HybridTimestamp,
} from '../shared/hybrid-logical-clock';

/** How far ahead of the server a device's time may be before the server corrects it (CLOCK-2): 10 minutes. */
export const MAX_CLOCK_AHEAD_MS = 10 * 60 * 1000;

const checkServerTime = (serverNowMs: number): number => {
  if (!Number.isFinite(serverNowMs) || serverNowMs < 0) {
    throw new RangeError('The server time must be a non-negative number of milliseconds.');
  }
  return Math.floor(serverNowMs);
};

const readIsoTime = (iso: string, what: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`${what} is not a date and time; parse the record first.`);
  return ms;
};

const readStamp = (text: string, what: string): HybridTimestamp => {
  const parsed = parseHybridTimestamp(text);
  if (!parsed.isOk) throw new RangeError(`${what} is not a hybrid timestamp; parse the mutation first.`);
  return parsed.value;
};

/** A `createdAt` after {@link clampCreatedAt}. */
export type ClampedCreatedAt = {
  /** The time to store, as an ISO string with milliseconds. */
  readonly value: string;
  readonly wasClamped: boolean;
};

/**
 * CLOCK-2: a record's `createdAt` more than `maxAheadMs` ahead of the server becomes the server's
 * time; anything else, including times in the past, is kept as the device wrote it (`createdAt` is
 * only shown, never used to order sync).
 *
 * @throws RangeError when `createdAt` is not a date and time (records are parsed before this)
 */
export const clampCreatedAt = (
  createdAt: string,
  serverNowMs: number,
  maxAheadMs: number = MAX_CLOCK_AHEAD_MS,
): ClampedCreatedAt => {
  const now = checkServerTime(serverNowMs);
  if (readIsoTime(createdAt, 'createdAt') - now <= maxAheadMs) return { value: createdAt, wasClamped: false };
  return { value: new Date(now).toISOString(), wasClamped: true };
};

/** A field stamp after {@link restampIfAhead}. */
export type RestampedStamp = {
  /** The formatted stamp to store and merge with. */
  readonly stamp: string;
  readonly wasRestamped: boolean;
};

/**
 * CLOCK-2: a field stamp more than `maxAheadMs` ahead of the server is replaced, so that a fast
 * clock cannot win every future merge. Call it on each field change before `mergeIdeaChanges`, with
 * `currentStamp` the field's stamp as stored (or `null` for a new idea), inside the ward's write
 * transaction. Stamps that are not too far ahead come back unchanged.
 *
 * The new stamp is the server's time, or just above `currentStamp` if that is later, so:
 * - the edit still beats everything already stored for the field, as its future stamp did: the
 *   re-stamp changes only how it compares with edits yet to come, never an outcome already decided;
 * - two future-dated edits of one field in one batch keep their order and stay distinct, because the
 *   second one's `currentStamp` is the first one's new stamp (no server clock state is needed, which
 *   suits several server instances on one database);
 * - it keeps the device's node id, not the server's: the stamp still says which tablet made the
 *   edit (conflicts show it; `mergeIdeaChanges` relies on it to see that a device never conflicts
 *   with itself), and ties with other devices' stamps still break by device id.
 *
 * The device keeps its own future stamp until it takes the server's copy of the idea, so a device
 * should show the server's copy with its pending changes applied over it, not a join of the two.
 * If `currentStamp` is itself far ahead (stored before this rule, or a restored backup), an edit
 * above it is re-stamped just above it and one below it is left to lose: keeping outcomes comes first.
 *
 * @throws RangeError when a stamp is not a hybrid timestamp (mutations are parsed before this)
 */
export const restampIfAhead = (
  stamp: string,
  serverNowMs: number,
  currentStamp: string | null,
  maxAheadMs: number = MAX_CLOCK_AHEAD_MS,
): RestampedStamp => {
  const now = checkServerTime(serverNowMs);
  const incoming = readStamp(stamp, 'stamp');
  if (incoming.wallTime - now <= maxAheadMs) return { stamp, wasRestamped: false };

  const atServerTime: HybridTimestamp = { wallTime: now, counter: 0, nodeId: incoming.nodeId };
  const floor = currentStamp === null ? null : readStamp(currentStamp, 'currentStamp');
  // An edit that loses to what is stored keeps its stamp: it stays a loser, kept as a conflict.
  if (floor !== null && compareHybridTimestamps(incoming, floor) <= 0) return { stamp, wasRestamped: false };
  if (floor === null || compareHybridTimestamps(atServerTime, floor) > 0) {
    return { stamp: formatHybridTimestamp(atServerTime), wasRestamped: true };
  }
  const justAbove: HybridTimestamp =
    floor.counter < MAX_HYBRID_COUNTER
      ? { wallTime: floor.wallTime, counter: floor.counter + 1, nodeId: incoming.nodeId }
      : { wallTime: floor.wallTime + 1, counter: 0, nodeId: incoming.nodeId };
  return { stamp: formatHybridTimestamp(justAbove), wasRestamped: true };
};

/**
 * CLOCK-1: the device's clock minus the server's, in milliseconds, from the `sentAt` of a push. It
 * includes the time the request took to arrive, so a device that is exactly right reads slightly
 * behind; it is for showing "this tablet's clock is 3 hours fast", not for correcting stamps.
 *
 * @throws RangeError when `deviceSentAtIso` is not a date and time (requests are parsed before this)
 */
export const clockSkewMs = (deviceSentAtIso: string, serverNowMs: number): number =>
  readIsoTime(deviceSentAtIso, 'sentAt') - checkServerTime(serverNowMs);
