import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter';

describe('createRateLimiter', () => {
  it('allows a burst of `capacity`, then says when the next request may come', () => {
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 0.5 });
    expect([1, 2, 3].map(() => limiter.take('device:a', 1000).isAllowed)).toEqual([true, true, true]);
    expect(limiter.take('device:a', 1000)).toEqual({ isAllowed: false, retryAfterSeconds: 2 });
    expect(limiter.take('device:b', 1000).isAllowed).toBe(true);
  });

  it('refills over time, never above capacity', () => {
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1 });
    limiter.take('key', 0);
    limiter.take('key', 0);
    expect(limiter.take('key', 500).isAllowed).toBe(false);
    expect(limiter.take('key', 1600).isAllowed).toBe(true);
    const later = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take('key', later).isAllowed)).toEqual([true, true, false]);
  });
});
