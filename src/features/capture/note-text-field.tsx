import { memo } from 'react';
import { FormField, fieldIds } from '../../components/form-field';
import { useCaptureStore } from './capture-store';
import { findIdentifierProblems, groupIdentifiers, type IdentifierGroup } from './identifier-groups';
import { IdentifierReview } from './identifier-review';
import { loadIdentifierTools } from './load-identifier-tools';
import type { LoadNoteSuggester } from './note-suggestion';
import { useIdentifierGroups } from './use-identifier-groups';
import { useNoteSuggestions } from './use-note-suggestions';

export const noteTextId = 'capture-text';
const { hintId, errorId } = fieldIds(noteTextId);

type NoteTextFieldProps = {
  error: string | undefined;
  /** After a refused save: show what still needs deciding about the identifiers found. */
  isCheckingIdentifiers: boolean;
  loadSuggester: LoadNoteSuggester;
};

const removeIdentifier = async (group: IdentifierGroup): Promise<void> => {
  const tools = await loadIdentifierTools();
  const { text, setText } = useCaptureStore.getState();
  // Redacted from the words as they are now: every place this value still appears goes.
  const current = groupIdentifiers(text, tools.findIdentifiers(text)).find(({ key }) => key === group.key);
  if (current) setText(tools.applyRedactions(text, current.ranges).text);
};

/**
 * "What was said or seen", the identifiers found in it as they type, and (once typing pauses)
 * the sentiment and themes suggested for it.
 */
export const NoteTextField = memo(function NoteTextField({
  error,
  isCheckingIdentifiers,
  loadSuggester,
}: NoteTextFieldProps) {
  const text = useCaptureStore((state) => state.text);
  const setText = useCaptureStore((state) => state.setText);
  const keptIdentifiers = useCaptureStore((state) => state.keptIdentifiers);
  const keepIdentifier = useCaptureStore((state) => state.keepIdentifier);
  const setKeepReason = useCaptureStore((state) => state.setKeepReason);
  useNoteSuggestions(text, loadSuggester);
  const { groups } = useIdentifierGroups(text);
  const problems = isCheckingIdentifiers ? findIdentifierProblems(groups, keptIdentifiers) : [];
  return (
    <>
      <FormField
        controlId={noteTextId}
        label="What was said or seen"
        isLabelLarge
        hint="Do not include names, NHS numbers or anything else that could identify someone."
        error={error}
      >
        <textarea
          className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
          id={noteTextId}
          name="text"
          rows={5}
          value={text}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setText(event.target.value)}
        />
      </FormField>
      <IdentifierReview
        groups={groups}
        kept={keptIdentifiers}
        problems={problems}
        onRemove={(group) => void removeIdentifier(group)}
        onKeep={keepIdentifier}
        onReason={setKeepReason}
      />
    </>
  );
});
