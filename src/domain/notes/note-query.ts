/**
 * What the recent-entries list asks for: typed words and filters over a ward's notes. Pure: the
 * data layer turns a query into index look-ups, and checks candidates with {@link matchesNoteQuery},
 * so the two can never disagree about what matches.
 */
import type { Note, NoteKind, Sentiment } from './note';
import { hasEveryQueryWord, queryWordsOf, searchWordsOf } from './note-query-words';

/** A search of the notes on a device. `null` (or `false`) leaves a filter out. */
export type NoteQuery = {
  /** What was typed into the search, as typed (see {@link queryWordsOf}). */
  readonly searchText: string;
  readonly kind: NoteKind | null;
  /** A theme code from the ward's frame. */
  readonly themeCode: string | null;
  readonly sentiment: Sentiment | null;
  /** Only notes marked urgent. */
  readonly isUrgentOnly: boolean;
  /** The earliest `createdAt` included: an ISO instant. */
  readonly createdFrom: string | null;
  /** The first `createdAt` no longer included (the range is half open): an ISO instant. */
  readonly createdBefore: string | null;
  /** The role of whoever captured the note, as stored ("HCA"). */
  readonly role: string | null;
};

/** The query that matches every note. */
export const EMPTY_NOTE_QUERY: NoteQuery = {
  searchText: '',
  kind: null,
  themeCode: null,
  sentiment: null,
  isUrgentOnly: false,
  createdFrom: null,
  createdBefore: null,
  role: null,
};

/** Whether the query narrows anything: searchable words typed, or any filter set. */
export const isNoteQueryNarrowed = (query: NoteQuery): boolean =>
  queryWordsOf(query.searchText).length > 0 ||
  query.kind !== null ||
  query.themeCode !== null ||
  query.sentiment !== null ||
  query.isUrgentOnly ||
  query.createdFrom !== null ||
  query.createdBefore !== null ||
  query.role !== null;

/** Whether `note` matches every part of `query`. */
export const matchesNoteQuery = (note: Note, query: NoteQuery): boolean =>
  (query.kind === null || note.kind === query.kind) &&
  (query.themeCode === null || note.themes.includes(query.themeCode)) &&
  (query.sentiment === null || note.sentiment === query.sentiment) &&
  (!query.isUrgentOnly || note.isUrgent) &&
  (query.createdFrom === null || note.createdAt >= query.createdFrom) &&
  (query.createdBefore === null || note.createdAt < query.createdBefore) &&
  (query.role === null || note.capturedByRole === query.role) &&
  hasEveryQueryWord(searchWordsOf(note.text), queryWordsOf(query.searchText));
