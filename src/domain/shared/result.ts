/**
 * A success-or-failure value for outcomes a caller is expected to handle (bad input, a clock too far
 * ahead), so that only programmer errors and broken storage throw.
 */
export type Result<Value, Failure = string> =
  { readonly isOk: true; readonly value: Value } | { readonly isOk: false; readonly error: Failure };

/** Wraps a successful value. */
export const ok = <Value>(value: Value): Result<Value, never> => ({ isOk: true, value });

/** Wraps a failure; for user-facing failures, `error` is a message in plain words. */
export const err = <Failure>(error: Failure): Result<never, Failure> => ({ isOk: false, error });
