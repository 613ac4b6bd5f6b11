/**
 * A value that tells listeners when it changes: all the UI needs to follow the sync status (through
 * `useSyncExternalStore` or its own store), without sync/ depending on any UI package.
 */
export type Observable<Value> = {
  get: () => Value;
  set: (value: Value) => void;
  /** Calls `listener` after each change until the returned function is called. */
  subscribe: (listener: (value: Value) => void) => () => void;
};

export const createObservable = <Value>(initial: Value): Observable<Value> => {
  let current = initial;
  const listeners = new Set<(value: Value) => void>();
  return {
    get: () => current,
    set: (value) => {
      current = value;
      // A copy: a listener may unsubscribe while being told.
      for (const listener of [...listeners]) listener(value);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
