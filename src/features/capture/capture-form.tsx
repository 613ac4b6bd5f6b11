import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormField, fieldIds } from '../../components/form-field';
import { NOTE_AREAS, NOTE_KINDS, SENTIMENTS, type NoteArea, type NoteDraft } from '../../domain/notes/note';
import { AREA_LABELS, KIND_LABELS, SENTIMENT_LABELS } from './capture-labels';
import type { CaptureNotes } from './capture-notes';
import { useCapturePreferencesStore } from './capture-preferences-store';
import { CaptureCheckbox } from './capture-checkbox';
import { CaptureRadios } from './capture-radios';
import { useCaptureStore } from './capture-store';
import { EscalationRoute } from './escalation-route';
import {
  findIdentifierProblems,
  groupIdentifiers,
  identifierReasonsOf,
  type IdentifierGroup,
} from './identifier-groups';
import { IdentifierReview, identifierControlIds } from './identifier-review';
import { loadIdentifierTools } from './load-identifier-tools';
import type { LoadNoteSuggester } from './note-suggestion';
import { RoleSelect } from './role-select';
import { selectedThemeCodes } from './selected-theme-codes';
import { ThemeField } from './theme-field';
import { useEscalationText } from './use-escalation-text';
import { useIdentifierGroups } from './use-identifier-groups';
import { useNoteSuggestions } from './use-note-suggestions';

type CaptureFormProps = {
  notes: Pick<CaptureNotes, 'save' | 'readEscalationText'>;
  loadSuggester: LoadNoteSuggester;
};

const textId = 'capture-text';
const { hintId, errorId } = fieldIds(textId);

const kindChoices = NOTE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }));
const areaChoices = [
  { value: '' as const, label: 'Not said' },
  ...NOTE_AREAS.map((value) => ({ value, label: AREA_LABELS[value] })),
];

/**
 * The one-screen capture form: kind, the words (with the identifiers found in them), sentiment and
 * themes (suggested from the words, changed by hand), urgent with the ward's escalation route,
 * consent to share word for word, area, role and Save. A trained person taps the box, types and
 * taps Save: kind and role are remembered, sentiment and themes suggest themselves.
 */
export function CaptureForm({ notes, loadSuggester }: CaptureFormProps) {
  const draft = useCaptureStore();
  const rememberedKind = useCapturePreferencesStore((state) => state.kind);
  const rememberedRole = useCapturePreferencesStore((state) => state.role);
  const remember = useCapturePreferencesStore((state) => state.remember);
  const [textError, setTextError] = useState<string>();
  const [isCheckingIdentifiers, setIsCheckingIdentifiers] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ id: string }>();
  const [isSaved, setIsSaved] = useState(false);
  const isSaving = useRef(false);
  const escalationText = useEscalationText(notes.readEscalationText);

  useNoteSuggestions(draft.text, loadSuggester);
  const { groups } = useIdentifierGroups(draft.text);

  const kind = draft.kind ?? rememberedKind;
  const role = draft.role === undefined ? rememberedRole : draft.role;
  const suggestedSentiment = draft.suggestion?.sentiment ?? null;
  const sentiment = draft.sentiment ?? suggestedSentiment;
  const isSentimentSuggested = draft.sentiment === null && suggestedSentiment !== null;
  const themeCodes = selectedThemeCodes({
    suggestedCodes: draft.suggestion?.themeCodes ?? [],
    addedCodes: draft.addedThemeCodes,
    removedCodes: draft.removedThemeCodes,
  });
  const identifierProblems = isCheckingIdentifiers
    ? findIdentifierProblems(groups, draft.keptIdentifiers)
    : [];

  // Focus moves once the error it leads to is on screen, so a screen reader reads both together.
  useEffect(() => {
    if (focusRequest) document.getElementById(focusRequest.id)?.focus();
  }, [focusRequest]);

  const showTextError = (message: string) => {
    // The typed text stays, so the person can fix it rather than start again.
    setTextError(message);
    setIsSaved(false);
    setFocusRequest({ id: textId });
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A double tap must not save the same note twice.
    if (isSaving.current) return;
    isSaving.current = true;
    try {
      const { text, keptIdentifiers } = useCaptureStore.getState();
      // The check runs on the words as they are now, whether or not the list has caught up.
      const tools = await loadIdentifierTools();
      const found = groupIdentifiers(text, tools.findIdentifiers(text));
      const problems = findIdentifierProblems(found, keptIdentifiers);
      const firstProblem = problems[0];
      if (firstProblem) {
        setIsCheckingIdentifiers(true);
        setIsSaved(false);
        const index = found.findIndex((group) => group.key === firstProblem.key);
        const { removeId, reasonId } = identifierControlIds(index);
        setFocusRequest({ id: firstProblem.problem === 'undecided' ? removeId : reasonId });
        return;
      }
      const noteDraft: NoteDraft = {
        text,
        kind,
        sentiment,
        themes: themeCodes,
        isUrgent: draft.isUrgent,
        hasConsentToShare: draft.hasConsentToShare,
        area: draft.area,
        capturedByRole: role,
        identifierReasons: identifierReasonsOf(found, keptIdentifiers),
      };
      const result = await notes.save(noteDraft);
      if (!result.isOk) return showTextError(result.error);
      remember({ kind, role });
      useCaptureStore.getState().clearAfterSave(text);
      setTextError(undefined);
      setIsCheckingIdentifiers(false);
      setIsSaved(true);
    } catch {
      // IndexedDB itself failed (storage full, private mode), or the identifier check could not
      // load: nothing was written.
      showTextError('The note could not be saved on this tablet. Try again.');
    } finally {
      isSaving.current = false;
    }
  };

  const changed =
    <Value,>(change: (value: Value) => void) =>
    (value: Value) => {
      change(value);
      setIsSaved(false);
    };

  const removeIdentifier = (group: IdentifierGroup) => {
    void loadIdentifierTools().then((tools) => {
      const { text } = useCaptureStore.getState();
      // Redacted from the words as they are now: every place this value still appears goes.
      const current = groupIdentifiers(text, tools.findIdentifiers(text)).find(
        ({ key }) => key === group.key,
      );
      if (!current) return;
      draft.setText(tools.applyRedactions(text, current.ranges).text);
      setIsSaved(false);
    });
  };

  return (
    <>
      <form onSubmit={save} noValidate className="app-capture-form">
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <CaptureRadios
              id="capture-kind"
              legend="Kind of note"
              choices={kindChoices}
              value={kind}
              onChange={changed(draft.setKind)}
            />
            <FormField
              controlId={textId}
              label="What was said or seen"
              isLabelLarge
              hint="Do not include names, NHS numbers or anything else that could identify someone."
              error={textError}
            >
              <textarea
                className={`nhsuk-textarea${textError ? ' nhsuk-textarea--error' : ''}`}
                id={textId}
                name="text"
                rows={5}
                value={draft.text}
                aria-describedby={textError ? `${hintId} ${errorId}` : hintId}
                aria-invalid={textError ? true : undefined}
                onChange={(event) => changed(draft.setText)(event.target.value)}
              />
            </FormField>
            <IdentifierReview
              groups={groups}
              kept={draft.keptIdentifiers}
              problems={identifierProblems}
              onRemove={removeIdentifier}
              onKeep={changed(draft.keepIdentifier)}
              onReason={(key, reason) => {
                draft.setKeepReason(key, reason);
                setIsSaved(false);
              }}
            />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <CaptureRadios
              id="capture-sentiment"
              legend="Sentiment"
              isInline
              choices={SENTIMENTS.map((value) => ({
                value,
                label: SENTIMENT_LABELS[value],
                ...(isSentimentSuggested && value === sentiment ? { hint: 'Suggested' } : {}),
              }))}
              value={sentiment}
              onChange={changed(draft.setSentiment)}
            />
            <ThemeField
              codes={themeCodes}
              suggestion={draft.suggestion}
              onAdd={changed(draft.addTheme)}
              onRemove={changed(draft.removeTheme)}
            />
            <CaptureCheckbox
              id="capture-urgent"
              label="Urgent"
              isChecked={draft.isUrgent}
              onChange={changed(draft.setIsUrgent)}
              revealed={<EscalationRoute escalationText={escalationText} />}
            />
            <CaptureCheckbox
              id="capture-consent"
              label="Patient agreed this can be shared word for word"
              isChecked={draft.hasConsentToShare}
              onChange={changed(draft.setHasConsentToShare)}
            />
            <CaptureRadios
              id="capture-area"
              legend="Where on the ward"
              hint="Never a bed number or a name."
              isInline
              choices={areaChoices}
              value={draft.area ?? ''}
              onChange={(value: NoteArea | '') => changed(draft.setArea)(value === '' ? null : value)}
            />
            <RoleSelect role={role} onChange={changed(draft.setRole)} />
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
