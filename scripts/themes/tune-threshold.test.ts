import { describe, expect, it } from 'vitest';
import { tuneThreshold } from './tune-threshold';

describe('tuneThreshold', () => {
  it('cuts midway below the score that maximises F1', () => {
    // Sorted: 0.9 (1), 0.8 (1), 0.5 (0), 0.4 (1), 0.1 (0). Cutting after 0.4 gives F1 6/7,
    // better than after 0.8 (F1 4/5).
    const threshold = tuneThreshold(
      Float64Array.of(0.1, 0.9, 0.4, 0.8, 0.5),
      Uint8Array.of(0, 1, 1, 1, 0),
      1,
      0,
    );
    expect(threshold).toBeCloseTo(0.25);
  });

  it('never cuts between equal scores', () => {
    const threshold = tuneThreshold(Float64Array.of(1, 1, 0), Uint8Array.of(1, 0, 0), 1, 0);
    expect(threshold).toBeCloseTo(0.5);
  });

  it('keeps the fallback when there are too few positives to tune on', () => {
    expect(tuneThreshold(Float64Array.of(3, 2, 1), Uint8Array.of(1, 0, 1), 3, -0.5)).toBe(-0.5);
  });
});
