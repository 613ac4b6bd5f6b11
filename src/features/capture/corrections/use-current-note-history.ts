import { useMemo } from 'react';
import type { Note } from '../../../domain/notes/note';
import { buildNoteHistory, type NoteHistory } from '../../../domain/notes/note-versions';
import type { NoteCorrectionsApi } from './note-corrections-store';
import { useNoteHistory } from './use-note-history';

/**
 * The history of a note the list shows as current; `undefined` until first read or without the API.
 * A first version (one that corrects nothing) that is current has no other version: a correction or
 * a tombstone would have retired it, and the list would drop it. So its history is the note alone,
 * built with no read, and a page of rows starts no watches of its own; only corrected notes, whose
 * earlier versions must be read, are watched.
 */
export function useCurrentNoteHistory(api: NoteCorrectionsApi | null, note: Note): NoteHistory | undefined {
  const isFirstVersion = note.supersedes === null;
  const watched = useNoteHistory(isFirstVersion ? null : api, note.id);
  const alone = useMemo(
    () => (isFirstVersion ? buildNoteHistory(note.id, [note], []) : undefined),
    [isFirstVersion, note],
  );
  if (api === null) return undefined;
  return alone ?? watched;
}
