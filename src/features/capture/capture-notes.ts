import type { Note, NoteDraft } from '../../domain/notes/note';
import type { NoteDeletion } from '../../domain/notes/note-deletion';
import type { NoteHistory } from '../../domain/notes/note-versions';
import type { NoteQuery } from '../../domain/notes/note-query';
import type { Result } from '../../domain/shared/result';

/**
 * A page of the recent-entries list: up to the limit asked for, and how many notes match, or `null`
 * while that is still being counted (the page comes first, the count in a later answer).
 */
export type RecentNotesPage = {
  notes: Note[];
  matchingCount: number | null;
  /** Whether any note is stored at all, deleted ones included; told when nothing current is found. */
  hasStoredNotes?: boolean;
};

/**
 * What the capture screen needs from the note repository and the ward's settings. The app composes
 * the real repository (src/data) and hands it in, so the feature never opens a database itself.
 */
export type CaptureNotes = {
  save: (draft: NoteDraft) => Promise<Result<Note>>;
  /**
   * The current notes (not superseded or deleted) that match `query`, up to `limit`, newest first,
   * and how many match; now and after every change, until the returned function is called. The
   * count may follow the notes in a second answer.
   */
  watchRecentNotes: (
    query: NoteQuery,
    limit: number,
    onChange: (page: RecentNotesPage) => void,
  ) => () => void;
  /**
   * The ids of records still waiting in the outbox, now and after each change, so each note can
   * say "Sent" or "Waiting to send". Absent where sync is not composed (the list then says neither).
   */
  watchWaitingRecordIds?: (onChange: (recordIds: ReadonlySet<string>) => void) => () => void;
  /**
   * The ward's escalation route in its own words, as kiosks show it after "If you have an urgent
   * concern, ", or `null` when the ward set none. Shown when a note is marked urgent. Absent where
   * the tablet is not enrolled (the screen then gives the default route).
   */
  readEscalationText?: () => Promise<string | null>;
  /**
   * Corrections without loss (SPEC NOTE-1, NOTE-2): saves an edit of version `supersededId` as a new
   * note that supersedes it; refused in plain words unless that version can still be edited.
   * Absent where not composed (the list then offers no Edit, Delete or History).
   */
  saveCorrection?: (supersededId: string, draft: NoteDraft) => Promise<Result<Note>>;
  /** Deletes a note with a reason, as a tombstone; refused in plain words for a blank reason. */
  delete?: (noteId: string, reason: string) => Promise<Result<NoteDeletion>>;
  /** Every version of a note, which is current, and its tombstones, now and after each change. */
  watchHistory?: (noteId: string, onChange: (history: NoteHistory) => void) => () => void;
};
