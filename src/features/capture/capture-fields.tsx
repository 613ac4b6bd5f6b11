// Each control of the capture form bound to its own slice of the store, so that a keystroke in
// the words re-renders only what depends on the words.
import { memo } from 'react';
import { Radios } from '../../components/radios';
import { NOTE_AREAS, NOTE_KINDS, SENTIMENTS, type NoteArea } from '../../domain/notes/note';
import { AREA_LABELS, KIND_LABELS, SENTIMENT_LABELS } from './capture-labels';
import { CaptureCheckbox } from './capture-checkbox';
import { useCapturePreferencesStore } from './capture-preferences-store';
import { useCaptureStore } from './capture-store';
import { EscalationRoute } from './escalation-route';
import { shownKind, shownRole, shownSentiment } from './note-draft-of';
import { RoleSelect } from './role-select';

const kindChoices = NOTE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }));
const areaChoices = [
  { value: '' as const, label: 'Not said' },
  ...NOTE_AREAS.map((value) => ({ value, label: AREA_LABELS[value] })),
];

/** "Kind of note": starts on the kind of the last note saved on this tablet. */
export const KindField = memo(function KindField() {
  const kind = useCaptureStore((state) => state.kind);
  const remembered = useCapturePreferencesStore();
  const setKind = useCaptureStore((state) => state.setKind);
  return (
    <Radios
      id="capture-kind"
      legend="Kind of note"
      isSmall
      options={kindChoices}
      value={shownKind({ kind }, remembered)}
      onChange={setKind}
    />
  );
});

/** "Sentiment": the suggestion, marked "Suggested", until the person chooses. */
export const SentimentField = memo(function SentimentField() {
  const sentiment = useCaptureStore((state) => state.sentiment);
  const suggestion = useCaptureStore((state) => state.suggestion);
  const setSentiment = useCaptureStore((state) => state.setSentiment);
  const shown = shownSentiment({ sentiment, suggestion });
  const isSuggested = sentiment === null && shown !== null;
  return (
    <Radios
      id="capture-sentiment"
      legend="Sentiment"
      isSmall
      isInline
      options={SENTIMENTS.map((value) => ({
        value,
        label: SENTIMENT_LABELS[value],
        ...(isSuggested && value === shown ? { hint: 'Suggested' } : {}),
      }))}
      value={shown}
      onChange={setSentiment}
    />
  );
});

type UrgentFieldProps = { escalationText: string | null | undefined };

/** "Urgent", which reveals the ward's escalation route. */
export const UrgentField = memo(function UrgentField({ escalationText }: UrgentFieldProps) {
  const isUrgent = useCaptureStore((state) => state.isUrgent);
  const setIsUrgent = useCaptureStore((state) => state.setIsUrgent);
  return (
    <CaptureCheckbox
      id="capture-urgent"
      label="Urgent"
      isChecked={isUrgent}
      onChange={setIsUrgent}
      revealed={<EscalationRoute escalationText={escalationText} />}
    />
  );
});

/** Consent to show the words verbatim (huddle pack, kiosk). */
export const ConsentField = memo(function ConsentField() {
  const hasConsentToShare = useCaptureStore((state) => state.hasConsentToShare);
  const setHasConsentToShare = useCaptureStore((state) => state.setHasConsentToShare);
  return (
    <CaptureCheckbox
      id="capture-consent"
      label="Patient agreed this can be shared word for word"
      isChecked={hasConsentToShare}
      onChange={setHasConsentToShare}
    />
  );
});

/** "Where on the ward": an area at most, never a bed or a name; "Not said" by default. */
export const AreaField = memo(function AreaField() {
  const area = useCaptureStore((state) => state.area);
  const setArea = useCaptureStore((state) => state.setArea);
  return (
    <Radios
      id="capture-area"
      legend="Where on the ward"
      isSmall
      hint="Never a bed number or a name."
      isInline
      options={areaChoices}
      value={area ?? ''}
      onChange={(value: NoteArea | '') => setArea(value === '' ? null : value)}
    />
  );
});

/** "Your role": remembered on this tablet. */
export const RoleField = memo(function RoleField() {
  const role = useCaptureStore((state) => state.role);
  const remembered = useCapturePreferencesStore();
  const setRole = useCaptureStore((state) => state.setRole);
  return <RoleSelect role={shownRole({ role }, remembered)} onChange={setRole} />;
});
