// The recent-entries search and filters as the form holds them (dates as the date inputs give
// them, "" for "any"), and the note query they mean. Kept in component state only, never in the
// URL: typed words are patient text, and patient text never goes into a URL.
import { NOTE_KINDS, SENTIMENTS, type NoteKind, type Sentiment } from '../../../domain/notes/note';
import type { NoteQuery } from '../../../domain/notes/note-query';

export type RecentFilters = {
  searchText: string;
  kind: NoteKind | '';
  themeCode: string;
  sentiment: Sentiment | '';
  isUrgentOnly: boolean;
  /** `YYYY-MM-DD` or "" (a date input's value). */
  fromDate: string;
  /** `YYYY-MM-DD` or "", included. */
  toDate: string;
  role: string;
};

export const EMPTY_RECENT_FILTERS: RecentFilters = {
  searchText: '',
  kind: '',
  themeCode: '',
  sentiment: '',
  isUrgentOnly: false,
  fromDate: '',
  toDate: '',
  role: '',
};

export const isNoteKind = (value: string): value is NoteKind =>
  (NOTE_KINDS as readonly string[]).includes(value);
export const isSentiment = (value: string): value is Sentiment =>
  (SENTIMENTS as readonly string[]).includes(value);

/** Midnight at the start of a `YYYY-MM-DD` day on this tablet's clock, as an ISO instant; or null. */
const startOfLocalDay = (date: string, dayOffset = 0): string | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const start = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + dayOffset);
  return Number.isNaN(start.getTime()) ? null : start.toISOString();
};

/** Whether the "to" date comes before the "from" date (the range then holds nothing). */
export const isDateRangeReversed = ({ fromDate, toDate }: RecentFilters): boolean =>
  fromDate !== '' && toDate !== '' && toDate < fromDate;

/** The query the filters mean. Dates are whole days on the tablet's clock, both days included. */
export const noteQueryOf = (filters: RecentFilters): NoteQuery => ({
  searchText: filters.searchText,
  kind: filters.kind === '' ? null : filters.kind,
  themeCode: filters.themeCode === '' ? null : filters.themeCode,
  sentiment: filters.sentiment === '' ? null : filters.sentiment,
  isUrgentOnly: filters.isUrgentOnly,
  createdFrom: startOfLocalDay(filters.fromDate),
  createdBefore: startOfLocalDay(filters.toDate, 1),
  role: filters.role === '' ? null : filters.role,
});
