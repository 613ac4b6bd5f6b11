// @vitest-environment jsdom
import { act, fireEvent, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useIdleReset, type IdleResetTiming } from './use-idle-reset';

const timing: IdleResetTiming = { isActive: true, warnAfterMs: 70_000, resetAfterMs: 90_000 };

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('useIdleReset', () => {
  it('warns at 70 s idle and resets at 90 s, once', () => {
    const onReset = vi.fn();
    const { result } = renderHook(() => useIdleReset(timing, onReset));

    advance(69_999);
    expect(result.current.isWarning).toBe(false);
    advance(1);
    expect(result.current.isWarning).toBe(true);
    advance(19_999);
    expect(onReset).not.toHaveBeenCalled();
    advance(1);
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(result.current.isWarning).toBe(false);
    advance(200_000);
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('starts the wait again on a tap, a key or typing, and ends the warning', () => {
    const onReset = vi.fn();
    const { result } = renderHook(() => useIdleReset(timing, onReset));

    advance(60_000);
    fireEvent.pointerDown(document.body);
    advance(60_000);
    fireEvent.keyDown(document.body, { key: 'a' });
    advance(69_000);
    expect(result.current.isWarning).toBe(false);
    advance(1_000);
    expect(result.current.isWarning).toBe(true);
    fireEvent.input(document.body);
    expect(result.current.isWarning).toBe(false);
    advance(89_000);
    expect(onReset).not.toHaveBeenCalled();
    advance(1_000);
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('restart ("I\'m still here") ends the warning and starts the wait again', () => {
    const onReset = vi.fn();
    const { result } = renderHook(() => useIdleReset(timing, onReset));

    advance(75_000);
    expect(result.current.isWarning).toBe(true);
    act(() => result.current.restart());
    expect(result.current.isWarning).toBe(false);
    advance(89_000);
    expect(onReset).not.toHaveBeenCalled();
    advance(1_000);
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('counts nothing while inactive, and starts from zero when made active', () => {
    const onReset = vi.fn();
    const { result, rerender } = renderHook(
      ({ isActive }) => useIdleReset({ ...timing, isActive }, onReset),
      {
        initialProps: { isActive: false },
      },
    );

    advance(100_000);
    expect(result.current.isWarning).toBe(false);
    expect(onReset).not.toHaveBeenCalled();
    rerender({ isActive: true });
    advance(89_999);
    expect(onReset).not.toHaveBeenCalled();
    rerender({ isActive: false });
    advance(10_000);
    expect(onReset).not.toHaveBeenCalled();
  });

  it('resets without a warning when no warning time is given', () => {
    const onReset = vi.fn();
    const { result } = renderHook(() => useIdleReset({ isActive: true, resetAfterMs: 20_000 }, onReset));

    advance(19_999);
    expect(result.current.isWarning).toBe(false);
    advance(1);
    expect(onReset).toHaveBeenCalledTimes(1);
  });
});
