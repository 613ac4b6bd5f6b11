import { useCallback, useEffect, useRef, useState } from 'react';

/** When to warn and when to reset, counted from the last tap or key press. */
export type IdleResetTiming = {
  /** Nothing is counted while false (say, a blank form: there is nothing to clear). */
  isActive: boolean;
  /** When the warning shows; none when left out. */
  warnAfterMs?: number;
  resetAfterMs: number;
};

/** What counts as someone still being there: any tap, click, key, scroll or typing. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/**
 * Calls `onReset` once `resetAfterMs` pass with no activity on the page, and reports
 * `isWarning` from `warnAfterMs` until then. Any activity starts the wait again and ends the
 * warning; so does `restart` ("I'm still here"). Changing the timing starts the wait again.
 */
export function useIdleReset(
  { isActive, warnAfterMs, resetAfterMs }: IdleResetTiming,
  onReset: () => void,
): { isWarning: boolean; restart: () => void } {
  const [isWarning, setIsWarning] = useState(false);
  const onResetRef = useRef(onReset);
  const restartRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    onResetRef.current = onReset;
  }, [onReset]);

  useEffect(() => {
    if (!isActive) return;
    let warnTimer: ReturnType<typeof setTimeout> | undefined;
    let resetTimer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      clearTimeout(warnTimer);
      clearTimeout(resetTimer);
    };
    const start = () => {
      stop();
      setIsWarning(false);
      if (warnAfterMs !== undefined) warnTimer = setTimeout(() => setIsWarning(true), warnAfterMs);
      resetTimer = setTimeout(() => {
        setIsWarning(false);
        onResetRef.current();
      }, resetAfterMs);
    };
    restartRef.current = start;
    start();
    // Capture: a control that stops propagation still counts as someone being there.
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, start, { capture: true, passive: true });
    return () => {
      stop();
      restartRef.current = () => undefined;
      setIsWarning(false);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, start, { capture: true });
    };
  }, [isActive, warnAfterMs, resetAfterMs]);

  const restart = useCallback(() => restartRef.current(), []);
  return { isWarning: isActive && isWarning, restart };
}
