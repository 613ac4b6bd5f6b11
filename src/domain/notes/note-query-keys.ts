/**
 * A note's filter keys: one short string per filterable value it has (`kind:compliment`,
 * `theme:food-diet`, `urgent`…), so that a device can index them once and answer a filter from the
 * index instead of reading every note. A query's keys are the keys a matching note must all have.
 */
import type { Note } from './note';
import type { NoteQuery } from './note-query';

const filterKey = {
  kind: (kind: string) => `kind:${kind}`,
  theme: (code: string) => `theme:${code}`,
  sentiment: (sentiment: string) => `sentiment:${sentiment}`,
  role: (role: string) => `role:${role}`,
  urgent: 'urgent',
} as const;

/** The filter keys of a note (distinct). */
export const filterKeysOf = (
  note: Pick<Note, 'kind' | 'themes' | 'sentiment' | 'isUrgent' | 'capturedByRole'>,
): string[] => [
  ...new Set([
    filterKey.kind(note.kind),
    ...note.themes.map(filterKey.theme),
    ...(note.sentiment === null ? [] : [filterKey.sentiment(note.sentiment)]),
    ...(note.isUrgent ? [filterKey.urgent] : []),
    ...(note.capturedByRole === null ? [] : [filterKey.role(note.capturedByRole)]),
  ]),
];

/** The filter keys a note needs to match the query's filters (its words and dates aside). */
export const filterKeysOfQuery = (query: NoteQuery): string[] => [
  ...(query.kind === null ? [] : [filterKey.kind(query.kind)]),
  ...(query.themeCode === null ? [] : [filterKey.theme(query.themeCode)]),
  ...(query.sentiment === null ? [] : [filterKey.sentiment(query.sentiment)]),
  ...(query.isUrgentOnly ? [filterKey.urgent] : []),
  ...(query.role === null ? [] : [filterKey.role(query.role)]),
];
