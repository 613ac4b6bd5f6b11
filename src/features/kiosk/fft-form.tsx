import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Radios } from '../../components/radios';
import { useUnsavedInputStore } from '../../components/unsaved-input-store';
import type { Assistant, FftRating, Respondent } from '../../domain/feedback/feedback-response';
import { AnswerPicture } from './display/answer-picture';
import { useKioskDisplayStore } from './display/kiosk-display-store';
import { ASSISTANT_CHOICES, FFT_CHOICES, RESPONDENT_CHOICES } from './fft-choices';
import { FreeTextField } from './free-text-field';
import { useKioskLanguage, useMessages } from './i18n/kiosk-i18n';
import { KioskErrorSummary } from './kiosk-error-summary';
import { kioskEasyReadMessages, kioskMessages } from './kiosk-messages';
import type { KioskFeedbackDraft } from './kiosk-services';

/** The id of the first answer's radio, which the error summary links to. */
const RATING_ID = 'kiosk-rating';
/** Names this form in the unsaved-input store (which holds off the update banner's reload). */
const UNSAVED_INPUT_SOURCE = 'kiosk-feedback';

type FftFormProps = {
  /** Saves the draft; resolves `false` when it could not be saved. */
  onSend: (draft: KioskFeedbackDraft) => Promise<boolean>;
  /** Told whenever the form goes from blank to holding input, and back. */
  onHasInputChange: (hasInput: boolean) => void;
};

/**
 * The Friends and Family Test: the question with its six answers, two optional textboxes, who is
 * answering and whether anyone helped. All of it is React state, so unmounting the form (a reset)
 * forgets every answer.
 */
export function FftForm({ onSend, onHasInputChange }: FftFormProps) {
  const t = useMessages(kioskMessages);
  const easyRead = useMessages(kioskEasyReadMessages);
  const isEasyRead = useKioskDisplayStore((state) => state.isEasyRead);
  const language = useKioskLanguage();
  const [rating, setRating] = useState<FftRating | null>(null);
  const [whatWasGood, setWhatWasGood] = useState('');
  const [whatCouldBeBetter, setWhatCouldBeBetter] = useState('');
  const [respondent, setRespondent] = useState<Respondent | null>(null);
  const [assistedBy, setAssistedBy] = useState<Assistant | null>(null);
  /** How many times Send was pressed with no answer: each shows (and focuses) the summary anew. */
  const [missingAnswerCount, setMissingAnswerCount] = useState(0);
  const [hasSaveFailed, setHasSaveFailed] = useState(false);
  const isSending = useRef(false);

  const hasInput =
    rating !== null ||
    whatWasGood !== '' ||
    whatCouldBeBetter !== '' ||
    respondent !== null ||
    assistedBy !== null;
  const hasRatingError = missingAnswerCount > 0 && rating === null;

  useEffect(() => {
    onHasInputChange(hasInput);
    useUnsavedInputStore.getState().setHasUnsavedInput(UNSAVED_INPUT_SOURCE, hasInput);
  }, [hasInput, onHasInputChange]);

  useEffect(() => () => useUnsavedInputStore.getState().setHasUnsavedInput(UNSAVED_INPUT_SOURCE, false), []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSending.current) return;
    setHasSaveFailed(false);
    if (rating === null) {
      setMissingAnswerCount((count) => count + 1);
      return;
    }
    isSending.current = true;
    try {
      const isSaved = await onSend({
        rating,
        whatWasGood,
        whatCouldBeBetter,
        respondent: respondent ?? 'not-answered',
        assistedBy: assistedBy ?? 'not-answered',
        language,
      });
      if (!isSaved) setHasSaveFailed(true);
    } catch {
      setHasSaveFailed(true);
    } finally {
      isSending.current = false;
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {hasRatingError && (
        <KioskErrorSummary
          key={missingAnswerCount}
          title={t.errorSummaryTitle}
          errors={[{ message: t.errorChooseAnswer, targetId: `${RATING_ID}-1` }]}
        />
      )}
      <Radios
        id={RATING_ID}
        legend={<h1 className="nhsuk-fieldset__heading">{t.question}</h1>}
        legendSize="l"
        hint={isEasyRead ? `${easyRead.question} ${easyRead.questionHint}` : undefined}
        error={
          hasRatingError && (
            <>
              <span className="nhsuk-u-visually-hidden">{t.errorPrefix}</span> {t.errorChooseAnswer}
              {isEasyRead && <span className="app-kiosk-easy-read"> {easyRead.errorChooseAnswer}</span>}
            </>
          )
        }
        options={FFT_CHOICES.map((choice) => ({
          value: choice.rating,
          label: t[choice.message],
          hint: isEasyRead ? easyRead[choice.message] : undefined,
        }))}
        renderBeforeLabel={isEasyRead ? (option) => <AnswerPicture rating={option.value} /> : undefined}
        optionHintClassName="app-kiosk-easy-read"
        value={rating}
        onChange={setRating}
      />
      <FreeTextField
        id="kiosk-what-was-good"
        label={t.whatWasGood}
        easyReadHint={easyRead.whatWasGood}
        value={whatWasGood}
        onChange={setWhatWasGood}
      />
      <FreeTextField
        id="kiosk-what-could-be-better"
        label={t.whatCouldBeBetter}
        easyReadHint={easyRead.whatCouldBeBetter}
        value={whatCouldBeBetter}
        onChange={setWhatCouldBeBetter}
      />
      <Radios
        id="kiosk-respondent"
        legend={t.whoIsAnswering}
        legendSize="m"
        hint={isEasyRead ? `${t.optionalHint}. ${easyRead.whoIsAnswering}` : t.optionalHint}
        options={RESPONDENT_CHOICES.map((choice) => ({ value: choice.value, label: t[choice.message] }))}
        value={respondent}
        onChange={setRespondent}
      />
      <Radios
        id="kiosk-assisted-by"
        legend={t.didAnyoneHelp}
        legendSize="m"
        hint={isEasyRead ? `${t.optionalHint}. ${easyRead.didAnyoneHelp}` : t.optionalHint}
        options={ASSISTANT_CHOICES.map((choice) => ({ value: choice.value, label: t[choice.message] }))}
        value={assistedBy}
        onChange={setAssistedBy}
      />
      {hasSaveFailed && (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">{t.errorPrefix}</span> {t.errorNotSaved}
        </p>
      )}
      {isEasyRead && <p className="app-kiosk-easy-read">{easyRead.send}</p>}
      {/* The bench's clock starts at the tap (performance.mark), before validation and saving. */}
      <button className="nhsuk-button" type="submit" onClick={() => performance.mark('kiosk:send-tap')}>
        {t.send}
      </button>
    </form>
  );
}
