import { useEffect, useState } from 'react';
import type { NoteHistory } from '../../../domain/notes/note-versions';
import type { NoteCorrectionsApi } from './note-corrections-store';

/** The note's history, kept up to date; `undefined` until first read or without the API. */
export function useNoteHistory(api: NoteCorrectionsApi | null, noteId: string): NoteHistory | undefined {
  const [history, setHistory] = useState<NoteHistory>();
  useEffect(() => {
    if (api === null) return;
    return api.watchHistory(noteId, setHistory);
  }, [api, noteId]);
  return history;
}
