/**
 * Retry delays (SPEC ENG-3): capped exponential backoff with full jitter. The ceiling doubles from
 * 1 s with each failure in a row, up to 5 minutes, and the delay is drawn evenly between 1 s and that
 * ceiling, so that a ward's tablets coming back from one outage do not all knock at once. A server's
 * `Retry-After` is a floor, itself capped at 5 minutes: a tablet should never go quiet for longer.
 * Pure: randomness is passed in.
 */

export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_MAX_MS = 5 * 60 * 1000;

/** Past this many failures the ceiling is the cap anyway; stops `2 ** attempt` from growing without end. */
const MAX_EXPONENT = 20;

/**
 * The delay before retry number `attempt + 1`, where `attempt` counts failures in a row before this
 * one (0 for the first failure).
 *
 * @param random - a number in [0, 1)
 * @param retryAfterMs - the server's `Retry-After`, if it sent one
 */
export const backoffDelayMs = (attempt: number, random: () => number, retryAfterMs?: number): number => {
  const exponent = Math.min(Math.max(0, Math.floor(attempt)), MAX_EXPONENT);
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** exponent);
  const jittered = BACKOFF_BASE_MS + Math.floor(random() * (ceiling - BACKOFF_BASE_MS));
  return Math.min(BACKOFF_MAX_MS, Math.max(jittered, retryAfterMs ?? 0));
};
