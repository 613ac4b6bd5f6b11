const noteTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A note's device time as people on a UK ward read it, for example "25 Nov 2025, 14:05". */
export const formatNoteTime = (isoDateTime: string): string => noteTimeFormat.format(new Date(isoDateTime));
