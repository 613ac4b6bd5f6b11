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

type CaptureFormProps = {
  notes: Pick<CaptureNotes, 'save' | 'readEscalationText'>;
  loadSuggester: LoadNoteSuggester;
};

/**
 * The one-screen capture form: kind, the words (with the identifiers found in them), sentiment and
 * themes (suggested from the words, changed by hand), urgent with the ward's escalation route,
 * consent to share word for word, area, role and Save. A trained person taps the box, types and
 * taps Save: kind and role are remembered, sentiment and themes suggest themselves.
 */
export function CaptureForm({ notes, loadSuggester }: CaptureFormProps) {
  const [textError, setTextError] = useState<string>();
  const [isCheckingIdentifiers, setIsCheckingIdentifiers] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ id: string }>();
  const [isSaved, setIsSaved] = useState(false);
  const isSaving = useRef(false);
  const escalationText = useEscalationText(notes.readEscalationText);

  // A change the person makes means what is on screen is no longer what was saved. Suggestions
  // catching up with the words (or clearing after a save) are not such a change.
  useEffect(
    () =>
      useCaptureStore.subscribe((state, previous) => {
        if (state.suggestion === previous.suggestion) setIsSaved(false);
      }),
    [],
  );

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
      const result = await notes.save(draft);
      if (!result.isOk) {
        // The typed text stays, so the person can fix it rather than start again.
        setTextError(result.error);
        setFocusRequest({ id: noteTextId });
        return;
      }
      remembered.remember({ kind: result.value.kind, role: result.value.capturedByRole });
      state.clearAfterSave(state.text);
      setTextError(undefined);
      setIsCheckingIdentifiers(false);
      setIsSaved(true);
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
      <form onSubmit={save} noValidate className="app-capture-form">
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <KindField />
            <NoteTextField
              error={textError}
              isCheckingIdentifiers={isCheckingIdentifiers}
              loadSuggester={loadSuggester}
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
        <button className="nhsuk-button" type="submit">
          Save
        </button>
      </form>
      <p className="app-saved-status" role="status">
        {isSaved ? 'Saved on this tablet' : ''}
      </p>
    </>
  );
}
