import type { Note, NoteDraft } from '../../domain/notes/note';
import type { Result } from '../../domain/shared/result';

/**
 * What the capture screen needs from the note repository and the ward's settings. The app composes
 * the real repository (src/data) and hands it in, so the feature never opens a database itself.
 */
export type CaptureNotes = {
  save: (draft: NoteDraft) => Promise<Result<Note>>;
  watchNewestFirst: (limit: number, onChange: (notes: Note[]) => void) => () => void;
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
};
