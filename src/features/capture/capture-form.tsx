import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CaptureNotes } from './capture-notes';
import { AreaField, ConsentField, KindField, RoleField, SentimentField, UrgentField } from './capture-fields';
import { useCapturePreferencesStore } from './capture-preferences-store';
import { useCaptureStore } from './capture-store';
import { findIdentifierProblems, groupIdentifiers } from './identifier-groups';
import { identifierControlIds } from './identifier-review';
import { loadIdentifierTools } from './load-identifier-tools';
import { noteDraftOf } from './note-draft-of';
import type { LoadNoteSuggester } from './note-suggestion';
import { NoteTextField, noteTextId } from './note-text-field';
import { ThemeField } from './theme-field';
import { useEscalationText } from './use-escalation-text';
import { DeletedNoteNotice } from './corrections/deleted-note-notice';
import { EditWindowClosedWarning } from './corrections/edit-window-closed-warning';
import { useNoteCorrectionsStore } from './corrections/note-corrections-store';
import { useEditWindow } from './corrections/use-edit-window';

type CaptureFormProps = {
  notes: Pick<CaptureNotes, 'save' | 'readEscalationText' | 'saveCorrection' | 'delete' | 'watchHistory'>;
  loadSuggester: LoadNoteSuggester;
};

/** While a note is edited nothing is suggested: what the version says stays unless changed by hand. */
const loadNoSuggester: LoadNoteSuggester = () => Promise.resolve(null);

const editHeadingId = 'capture-edit-heading';

/**
 * The one-screen capture form: kind, the words (with the identifiers found in them), sentiment and
 * themes (suggested from the words, changed by hand), urgent with the ward's escalation route,
 * consent to share word for word, area, role and Save. A trained person taps the box, types and
 * taps Save: kind and role are remembered, sentiment and themes suggest themselves. In edit mode
 * (Edit on a recent note) it holds that version under "Edit note", and "Save changes" saves a new
 * note that supersedes it (SPEC NOTE-1), after the same identifier review. If the note's 24 hours
 * to edit run out while the form is open, every word stays: the form says the note can no longer be
 * changed and offers "Save as a new note" (a new note that supersedes nothing) or Cancel.
 */
export function CaptureForm({ notes, loadSuggester }: CaptureFormProps) {
  const [textError, setTextError] = useState<string>();
  const [isCheckingIdentifiers, setIsCheckingIdentifiers] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ id: string }>();
  const [savedMessage, setSavedMessage] = useState('');
  const editing = useNoteCorrectionsStore((state) => state.editing);
  const setApi = useNoteCorrectionsStore((state) => state.setApi);
  const finishEditing = useNoteCorrectionsStore((state) => state.finishEditing);
  const editWindow = useEditWindow(editing?.note.id ?? null);
  // A save refused because the deadline passed before the timer said so (a tablet asleep).
  const [refusedAsLateNoteId, setRefusedAsLateNoteId] = useState<string>();
  const isEditWindowClosed =
    editing !== null && (editWindow.isClosed || refusedAsLateNoteId === editing.note.id);
  const isSaving = useRef(false);
  const escalationText = useEscalationText(notes.readEscalationText);

  // A change the person makes means what is on screen is no longer what was saved. Suggestions
  // catching up with the words (or clearing after a save) are not such a change.
  useEffect(
    () =>
      useCaptureStore.subscribe((state, previous) => {
        if (state.suggestion === previous.suggestion) setSavedMessage('');
      }),
    [],
  );

  useEffect(() => setApi(notes), [notes, setApi]);

  // The heading takes focus when editing starts, so a screen reader says where the person is now.
  useEffect(() => {
    if (editing) setFocusRequest({ id: editHeadingId });
  }, [editing]);

  // Focus moves once the error it leads to is on screen, so a screen reader reads both together.
  useEffect(() => {
    if (focusRequest) document.getElementById(focusRequest.id)?.focus();
  }, [focusRequest]);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A double tap must not save the same note twice.
    if (isSaving.current) return;
    isSaving.current = true;
    try {
      const state = useCaptureStore.getState();
      const remembered = useCapturePreferencesStore.getState();
      // The check runs on the words as they are now, whether or not the list has caught up.
      const tools = await loadIdentifierTools();
      const groups = groupIdentifiers(state.text, tools.findIdentifiers(state.text));
      const [problem] = findIdentifierProblems(groups, state.keptIdentifiers);
      if (problem) {
        setIsCheckingIdentifiers(true);
        const { removeId, reasonId } = identifierControlIds(
          groups.findIndex(({ key }) => key === problem.key),
        );
        setFocusRequest({ id: problem.problem === 'undecided' ? removeId : reasonId });
        return;
      }
      const draft = noteDraftOf(state, remembered, groups);
      const editingNow = useNoteCorrectionsStore.getState().editing;
      if (editingNow && !isEditWindowClosed && notes.saveCorrection) {
        const corrected = await notes.saveCorrection(editingNow.note.id, draft);
        if (!corrected.isOk && editWindow.isClosedAt(Date.now())) {
          // Nothing was saved and the words stay: the warning says why, and what can still be done.
          setRefusedAsLateNoteId(editingNow.note.id);
          setTextError(undefined);
          return;
        }
        if (!corrected.isOk) {
          setTextError(corrected.error);
          setFocusRequest({ id: noteTextId });
          return;
        }
        finishEditing();
        setTextError(undefined);
        setIsCheckingIdentifiers(false);
        setSavedMessage('Changes saved on this tablet. The earlier version is kept in the history.');
        return;
      }
      const result = await notes.save(draft);
      if (!result.isOk) {
        // The typed text stays, so the person can fix it rather than start again.
        setTextError(result.error);
        setFocusRequest({ id: noteTextId });
        return;
      }
      if (editingNow) {
        // Saved as a new note: the note being edited stays as it was, and what was being written
        // before Edit comes back. Kind and role are the old note's, so they are not remembered.
        finishEditing();
        setTextError(undefined);
        setIsCheckingIdentifiers(false);
        setSavedMessage('Saved as a new note on this tablet. The earlier note is unchanged.');
        return;
      }
      remembered.remember({ kind: result.value.kind, role: result.value.capturedByRole });
      state.clearAfterSave(state.text);
      setTextError(undefined);
      setIsCheckingIdentifiers(false);
      setSavedMessage('Saved on this tablet');
    } catch {
      // IndexedDB itself failed (storage full, private mode), or the identifier check could not
      // load: nothing was written.
      setTextError('The note could not be saved on this tablet. Try again.');
      setFocusRequest({ id: noteTextId });
    } finally {
      isSaving.current = false;
    }
  };

  return (
    <>
      <form
        onSubmit={save}
        noValidate
        className={editing ? 'app-capture-form app-capture-form--editing' : 'app-capture-form'}
        aria-labelledby={editing ? editHeadingId : undefined}
      >
        {editing && (
          <>
            <h2 id={editHeadingId} tabIndex={-1}>
              Edit note
            </h2>
            {!isEditWindowClosed && (
              <p className="nhsuk-hint">
                Saving makes a new version. The note as it was stays in its history.
              </p>
            )}
          </>
        )}
        {editing && <EditWindowClosedWarning isClosed={isEditWindowClosed} />}
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <KindField />
            <NoteTextField
              key={editing?.note.id ?? 'new'}
              error={textError}
              isCheckingIdentifiers={isCheckingIdentifiers}
              loadSuggester={editing ? loadNoSuggester : loadSuggester}
            />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <SentimentField />
            <ThemeField />
            <UrgentField escalationText={escalationText} />
            <ConsentField />
            <AreaField />
            <RoleField />
          </div>
        </div>
        {editing ? (
          <div className="nhsuk-button-group">
            {/* One button whose words change, so focus on it is kept when the 24 hours run out. */}
            <button className="nhsuk-button" type="submit">
              {isEditWindowClosed ? 'Save as a new note' : 'Save changes'}
            </button>
            <button
              className="nhsuk-button nhsuk-button--secondary"
              type="button"
              onClick={() => {
                finishEditing();
                setTextError(undefined);
                setIsCheckingIdentifiers(false);
              }}
            >
              Cancel
            </button>
          </div>
        ) : (
          <button className="nhsuk-button" type="submit">
            Save
          </button>
        )}
      </form>
      <p className="app-saved-status" role="status">
        {savedMessage}
      </p>
      <DeletedNoteNotice />
    </>
  );
}
