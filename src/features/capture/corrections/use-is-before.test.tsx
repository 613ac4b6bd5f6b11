// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useIsBefore } from './use-is-before';

const start = Date.parse('2025-11-25T12:00:00.000Z');

describe('useIsBefore', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(start);
  });
  afterEach(() => vi.useRealTimers());

  it('turns false when the deadline passes, with nothing else drawing it again', () => {
    const { result } = renderHook(() => useIsBefore(start + 90 * 60_000));
    expect(result.current).toBe(true);
    act(() => vi.advanceTimersByTime(90 * 60_000 - 1));
    expect(result.current).toBe(true);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(false);
  });

  it('is false for no deadline, and for one that moves into the past', () => {
    const { result, rerender } = renderHook(({ deadline }) => useIsBefore(deadline), {
      initialProps: { deadline: null as number | null },
    });
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(10 * 60_000));
    rerender({ deadline: start + 5 * 60_000 });
    act(() => vi.advanceTimersByTime(0));
    expect(result.current).toBe(false);
  });
});
