import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, backoffDelayMs } from './backoff';

describe('backoffDelayMs', () => {
  it('ENG-3: doubles the ceiling from 1 s with each failure, up to 5 minutes', () => {
    const highest = (attempt: number) => backoffDelayMs(attempt, () => 0.999_999_9);
    expect(highest(0)).toBe(1000);
    expect(highest(1)).toBe(1999);
    expect(highest(2)).toBe(3999);
    expect(highest(8)).toBe(255_999);
    expect(highest(9)).toBe(BACKOFF_MAX_MS - 1);
    expect(highest(1000)).toBe(BACKOFF_MAX_MS - 1);
  });

  it('ENG-3: draws evenly between 1 s and the ceiling (full jitter)', () => {
    expect(backoffDelayMs(5, () => 0)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelayMs(5, () => 0.5)).toBe(1000 + 15_500);
    for (let attempt = 0; attempt < 30; attempt += 1) {
      for (const draw of [0, 0.1, 0.5, 0.9, 0.999]) {
        const delay = backoffDelayMs(attempt, () => draw);
        expect(delay).toBeGreaterThanOrEqual(BACKOFF_BASE_MS);
        expect(delay).toBeLessThanOrEqual(BACKOFF_MAX_MS);
      }
    }
  });

  it('ENG-3: waits at least as long as Retry-After says, but never past the 5-minute cap', () => {
    expect(backoffDelayMs(0, () => 0, 30_000)).toBe(30_000);
    expect(backoffDelayMs(12, () => 0.9, 1000)).toBeGreaterThan(1000);
    expect(backoffDelayMs(0, () => 0, 3_600_000)).toBe(BACKOFF_MAX_MS);
  });
});
