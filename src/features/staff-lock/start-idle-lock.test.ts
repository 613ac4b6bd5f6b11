// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { staffIdleLockMilliseconds, startIdleLock } from './start-idle-lock';

const minute = 60_000;
let stops: (() => void)[] = [];

const watch = (idleMilliseconds = staffIdleLockMilliseconds) => {
  const lock = vi.fn();
  const stop = startIdleLock({ idleMilliseconds, lock, window });
  stops.push(stop);
  return { lock, stop };
};

/** The browser's own page visibility, as a sleeping tablet or another app in front would set it. */
const setVisibility = (state: DocumentVisibilityState) => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
};

describe('startIdleLock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.parse('2025-11-25T14:00:00.000Z') });
  });

  afterEach(() => {
    for (const stop of stops) stop();
    stops = [];
    // Back to jsdom's own getter on Document.prototype.
    Reflect.deleteProperty(document, 'visibilityState');
    vi.useRealTimers();
  });

  it('waits 5 minutes by default', () => {
    expect(staffIdleLockMilliseconds).toBe(5 * minute);
  });

  it('locks after the idle time with no activity, and not a moment before', () => {
    const { lock } = watch();

    vi.advanceTimersByTime(5 * minute - 1);
    expect(lock).not.toHaveBeenCalled();

    vi.advanceTimersByTime(1);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('takes its idle time as a parameter', () => {
    const { lock } = watch(30_000);

    vi.advanceTimersByTime(29_999);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a tap', () => window.dispatchEvent(new Event('pointerdown'))],
    ['a pointer moving', () => document.body.dispatchEvent(new Event('pointermove', { bubbles: true }))],
    ['a key', () => document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }))],
    ['a touch', () => document.body.dispatchEvent(new Event('touchstart', { bubbles: true }))],
    ['a wheel', () => document.body.dispatchEvent(new Event('wheel', { bubbles: true }))],
    // An element's scroll does not bubble: it must still count.
    [
      'a list scrolling',
      () => document.body.appendChild(document.createElement('ul')).dispatchEvent(new Event('scroll')),
    ],
  ])('starts the count again after %s', (_name, act) => {
    const { lock } = watch();

    vi.advanceTimersByTime(4 * minute);
    act();
    vi.advanceTimersByTime(5 * minute - 1);
    expect(lock).not.toHaveBeenCalled();

    vi.advanceTimersByTime(1);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('keeps counting from the last of many events', () => {
    const { lock } = watch();

    for (let second = 1; second <= 600; second += 1) {
      vi.advanceTimersByTime(1_000);
      window.dispatchEvent(new Event('pointermove'));
    }
    expect(lock).not.toHaveBeenCalled();

    vi.advanceTimersByTime(5 * minute);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('locks at once when the page is hidden (the tablet sleeps), not when it shows again', () => {
    const { lock } = watch();

    setVisibility('visible');
    expect(lock).not.toHaveBeenCalled();

    setVisibility('hidden');
    expect(lock).toHaveBeenCalledTimes(1);

    setVisibility('visible');
    vi.advanceTimersByTime(10 * minute);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('locks at once if the page is already hidden when it starts', () => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });

    expect(watch().lock).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['pagehide', () => window.dispatchEvent(new Event('pagehide'))],
    ['freeze', () => document.dispatchEvent(new Event('freeze'))],
  ])('locks at once on %s', (_name, act) => {
    const { lock } = watch();

    act();

    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('locks on the first touch after a sleep that paused its timer', () => {
    const { lock } = watch();

    // The clock moves on but no timer runs, as on a tablet suspended without a visibilitychange.
    vi.setSystemTime(Date.now() + 6 * minute);
    window.dispatchEvent(new Event('pointerdown'));

    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('stops watching when stopped', () => {
    const { lock, stop } = watch();

    stop();
    vi.advanceTimersByTime(10 * minute);
    setVisibility('hidden');
    window.dispatchEvent(new Event('pagehide'));

    expect(lock).not.toHaveBeenCalled();
  });
});
