import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `intervalMilliseconds`, for text such as "oldest waiting
 * 3 minutes" that must age while nothing else changes. Tests move it with fake timers.
 */
export function useNow(intervalMilliseconds: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMilliseconds);
    return () => clearInterval(timer);
  }, [intervalMilliseconds]);
  return now;
}
