/**
 * Making a new `FeedbackResponse` from what a person gave on the kiosk (or with staff help). The
 * texts are checked for identifiers here, so no caller can save one unredacted.
 */
import { combineRedactions, redactText } from '../redaction/redact-text';
import { parseSchema } from '../shared/parse-schema';
import { MAX_FREE_TEXT_LENGTH } from '../shared/record-base';
import { err, type Result } from '../shared/result';
import { SCHEMA_VERSION } from '../shared/schema-version';
import {
  feedbackResponseSchema,
  type Assistant,
  type FeedbackResponse,
  type FftRating,
  type ModeOfCollection,
  type Respondent,
} from './feedback-response';

/** What the person gave, as typed, and how and in which language it was collected. */
export type FeedbackDraft = {
  rating: FftRating;
  whatWasGood: string;
  whatCouldBeBetter: string;
  /** `'not-answered'` when the person left "Who is answering?" blank. */
  respondent: Respondent;
  /** `'not-answered'` when the person left "Did anyone help you answer?" blank. */
  assistedBy: Assistant;
  /** The language the form was shown in, such as `en` or `ur`. */
  language: string;
  modeOfCollection: ModeOfCollection;
};

/** What the device supplies for a new response. `id` is a fresh UUIDv7; `now` is the device clock. */
export type FeedbackContext = { id: string; wardId: string; deviceId: string; now: Date };

/**
 * Makes a new response from a draft: each text is trimmed and its identifiers replaced by
 * placeholders (`[NHS number removed]` …), and `redactions` counts what was removed from both.
 * A draft that does not fit the schema is refused with a message that never repeats the texts.
 */
export const createFeedbackResponse = (
  draft: FeedbackDraft,
  context: FeedbackContext,
): Result<FeedbackResponse> => {
  const good = redactText(draft.whatWasGood.trim());
  const better = redactText(draft.whatCouldBeBetter.trim());
  if (good.text.length > MAX_FREE_TEXT_LENGTH || better.text.length > MAX_FREE_TEXT_LENGTH) {
    const limit = MAX_FREE_TEXT_LENGTH.toLocaleString('en-GB');
    return err(`An answer is too long: the most is ${limit} characters. Shorten it, then send.`);
  }
  const response = parseSchema(feedbackResponseSchema, {
    id: context.id,
    wardId: context.wardId,
    deviceId: context.deviceId,
    createdAt: context.now.toISOString(),
    schemaVersion: SCHEMA_VERSION,
    rating: draft.rating,
    whatWasGood: good.text,
    whatCouldBeBetter: better.text,
    respondent: draft.respondent,
    assistedBy: draft.assistedBy,
    language: draft.language,
    modeOfCollection: draft.modeOfCollection,
    redactions: combineRedactions(good.redactions, better.redactions),
  } satisfies FeedbackResponse);
  return response.isOk ? response : err(`The feedback could not be made: ${response.error}.`);
};
