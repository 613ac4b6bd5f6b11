import { useEffect, useState } from 'react';

/** Starts listening, calls `onValue` with each new value, returns a function that stops. */
export type Subscribe<Value> = (onValue: (value: Value) => void) => () => void;

/**
 * The latest value pushed by `subscribe`, or `undefined` until the first one arrives
 * (so a screen can tell "still loading" from "empty"). Pass a stable `subscribe`
 * (useCallback): a new function starts a new subscription.
 */
export function useSubscription<Value>(subscribe: Subscribe<Value>): Value | undefined {
  // The value is stored with the subscription that produced it, so a value from an
  // earlier subscription is never shown as the answer to the current one.
  const [latest, setLatest] = useState<{ subscribe: Subscribe<Value>; value: Value }>();

  useEffect(() => subscribe((value) => setLatest({ subscribe, value })), [subscribe]);

  return latest?.subscribe === subscribe ? latest.value : undefined;
}
