const count = new Intl.NumberFormat('en-GB');

/**
 * What the status line says about a result: how many notes match, and that the newest come first
 * (the list holds them all, loading more as it scrolls). `isNarrowed`: words or filters are set.
 */
export const describeRecentCount = (matchingCount: number, isNarrowed: boolean): string => {
  if (matchingCount === 0) return isNarrowed ? 'No notes match your search and filters.' : 'No notes yet';
  const noun = matchingCount === 1 ? 'note' : 'notes';
  const what = isNarrowed ? `matching ${noun}` : `${noun} on this tablet`;
  return matchingCount === 1 ? `1 ${what}.` : `${count.format(matchingCount)} ${what}, newest first.`;
};
