/**
 * Whether two stored rows (plain JSON-like values from IndexedDB or a parsed record) hold the same
 * data, whatever the order of their keys. Used to leave out of a pulled page the records this
 * device already holds exactly: writing them again changes nothing but costs every index entry of
 * the row (a note has one per search word and filter key) taken out and put back.
 */
export const isSameStoredRow = (left: unknown, right: unknown): boolean => {
  if (Object.is(left, right)) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, index) => isSameStoredRow(item, right[index]));
  }
  const leftEntries = Object.entries(left);
  const rightRecord = right as Record<string, unknown>;
  if (leftEntries.length !== Object.keys(rightRecord).length) return false;
  return leftEntries.every(
    ([key, value]) =>
      Object.prototype.hasOwnProperty.call(rightRecord, key) && isSameStoredRow(value, rightRecord[key]),
  );
};
