/**
 * Writes a promise's outcome onto it as `status` and `value` (or `reason`), the fields React's `use`
 * reads. `use` of a promise that has settled this way returns at once; an untracked one suspends for
 * a render even when it has already settled, which commits the Suspense fallback, and React then
 * holds the real content back for up to 300 ms after that fallback.
 */
export const trackSettlement = <Value>(promise: Promise<Value>): Promise<Value> => {
  promise.then(
    (value) => Object.assign(promise, { status: 'fulfilled', value }),
    (reason: unknown) => Object.assign(promise, { status: 'rejected', reason }),
  );
  return promise;
};
