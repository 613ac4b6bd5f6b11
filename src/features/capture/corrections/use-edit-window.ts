import { noteEditDeadline } from '../../../domain/notes/note-versions';
import { useNoteCorrectionsStore } from './note-corrections-store';
import { useIsBefore } from './use-is-before';
import { useNoteHistory } from './use-note-history';

/** Whether the note being edited can still be changed, as far as its 24 hours go. */
export type EditWindow = {
  /** True from the deadline on, with the form on screen, following the clock as the Edit button does. */
  isClosed: boolean;
  /** Whether the deadline has passed at `time` (ms since the epoch): a timer may be late, the clock is not. */
  isClosedAt: (time: number) => boolean;
};

/**
 * The 24 hours in which version `noteId` (`null`: nothing is being edited) can be edited. Never
 * closed while its history is not yet read, nor when it has no deadline at all: a version
 * superseded or deleted elsewhere is refused by the save itself, for that other reason.
 */
export function useEditWindow(noteId: string | null): EditWindow {
  const api = useNoteCorrectionsStore((state) => state.api);
  const history = useNoteHistory(noteId === null ? null : api, noteId ?? '');
  // The history of a note edited before may still be held for a moment: it gives no deadline for
  // another note's id (that id is not its chain's current version), so nothing is claimed meanwhile.
  const deadline = noteId === null || history === undefined ? null : noteEditDeadline(history, noteId);
  const isBeforeDeadline = useIsBefore(deadline);
  return {
    isClosed: deadline !== null && !isBeforeDeadline,
    isClosedAt: (time) => deadline !== null && time >= deadline,
  };
}
