const count = new Intl.NumberFormat('en-GB');

/**
 * What the status line says about a result: how many notes match, and that the newest come first
 * (the list holds them all, loading more as it scrolls). `isNarrowed`: words or filters are set.
 * `hasStoredNotes`: whether the tablet holds any note at all, deleted and replaced versions included
 * (they are kept, never removed), so that an empty list after a deletion does not claim there were
 * never any notes. Left out, it is taken as none stored.
 */
export const describeRecentCount = (
  matchingCount: number,
  isNarrowed: boolean,
  hasStoredNotes = false,
): string => {
  if (matchingCount === 0) {
    if (isNarrowed) return 'No notes match your search and filters.';
    return hasStoredNotes ? 'No current notes. Deleted and replaced notes are not shown.' : 'No notes yet';
  }
  const noun = matchingCount === 1 ? 'note' : 'notes';
  const what = isNarrowed ? `matching ${noun}` : `${noun} on this tablet`;
  return matchingCount === 1 ? `1 ${what}.` : `${count.format(matchingCount)} ${what}, newest first.`;
};
