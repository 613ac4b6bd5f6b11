import { useEffect, useState } from 'react';

/**
 * The longest wait between looks at the clock. A timer runs on the monotonic clock, which on some
 * tablets stands still while they sleep, and never hears of a clock set right; looking each minute
 * keeps the answer at most a minute late after either (a page of rows costs a few timers).
 */
const RECHECK_MS = 60_000;

/**
 * Whether the device clock is still before `deadline` (milliseconds since the epoch); the answer
 * turns to false when the deadline passes, even if nothing else draws the component again. `null`
 * is never before. Tests move it with fake timers.
 */
export function useIsBefore(deadline: number | null): boolean {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === null) return;
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const current = Date.now();
      if (current >= deadline) setNow(current);
      else timer = setTimeout(check, Math.min(deadline - current, RECHECK_MS));
    };
    // The first look is soon: `now` may be older than a deadline that has just changed.
    timer = setTimeout(check, Math.min(Math.max(deadline - Date.now(), 0), RECHECK_MS));
    return () => clearTimeout(timer);
  }, [deadline]);
  return deadline !== null && now < deadline;
}
