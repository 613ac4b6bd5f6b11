// Telling a repeated create from a different record under a reused id (SPEC PUSH-3).

/** Objects with their keys sorted, all the way down, so that key order never makes two records differ. */
const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, inner]) => [key, sortKeys(inner)]),
  );
};

/** JSON text that is the same for equal values whatever their key order. */
export const canonicalJson = (value: unknown): string => JSON.stringify(sortKeys(value));

type Timed = { createdAt: string };

/**
 * Whether an incoming create repeats the stored record. Everything must match except that the stored
 * `createdAt` may be the server's receipt time where CLOCK-2 clamped a device's future time: the
 * device still holds, and may send again, its own time.
 */
export const isSameRecord = (stored: Timed, incoming: Timed, storedReceivedAt: string): boolean => {
  const wasClamped = stored.createdAt === storedReceivedAt && incoming.createdAt > stored.createdAt;
  if (stored.createdAt !== incoming.createdAt && !wasClamped) return false;
  return canonicalJson({ ...stored, createdAt: null }) === canonicalJson({ ...incoming, createdAt: null });
};
