// A token bucket per key (a device, or an address for enrolment), in memory. Each server instance
// keeps its own buckets, so behind a load balancer a device gets up to one allowance per instance:
// this protects the database from a runaway tablet, it is not an exact quota.

export type RateLimit = {
  /** Requests allowed in a burst. */
  capacity: number;
  /** Requests added back per second. */
  refillPerSecond: number;
};

export type RateDecision = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number };

/** Above this many keys, buckets that have filled up again are forgotten, so memory stays bounded. */
const PRUNE_ABOVE_KEYS = 10_000;

type Bucket = { tokens: number; updatedAtMs: number };

export const createRateLimiter = ({ capacity, refillPerSecond }: RateLimit) => {
  const buckets = new Map<string, Bucket>();

  const refilled = (bucket: Bucket, nowMs: number) =>
    Math.min(capacity, bucket.tokens + (Math.max(0, nowMs - bucket.updatedAtMs) / 1000) * refillPerSecond);

  const prune = (nowMs: number) => {
    for (const [key, bucket] of buckets) if (refilled(bucket, nowMs) >= capacity) buckets.delete(key);
  };

  return {
    /** Takes one request's token for `key`, or says how long until one is free. */
    take(key: string, nowMs: number): RateDecision {
      const bucket = buckets.get(key);
      const tokens = bucket === undefined ? capacity : refilled(bucket, nowMs);
      if (tokens < 1) {
        buckets.set(key, { tokens, updatedAtMs: nowMs });
        return {
          isAllowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refillPerSecond)),
        };
      }
      if (bucket === undefined && buckets.size >= PRUNE_ABOVE_KEYS) prune(nowMs);
      buckets.set(key, { tokens: tokens - 1, updatedAtMs: nowMs });
      return { isAllowed: true };
    },
  };
};

export type RateLimiter = ReturnType<typeof createRateLimiter>;
