/**
 * `FeedbackResponse`: one answer to the Friends and Family Test, from the kiosk or given with a member
 * of staff's help. Append-only: a response is never edited after it is saved.
 */
import { z } from 'zod/mini';
import { MODES_OF_COLLECTION } from './modes-of-collection';
import { freeTextSchema, recordBaseShape } from '../shared/record-base';

/**
 * The six FFT answers in the order NHS England asks and publishes them (since April 2020, to
 * "Overall, how was your experience of our service?"). `code` is the stored `rating`.
 */
export const FFT_ANSWERS = [
  { code: 1, label: 'Very good' },
  { code: 2, label: 'Good' },
  { code: 3, label: 'Neither good nor poor' },
  { code: 4, label: 'Poor' },
  { code: 5, label: 'Very poor' },
  { code: 6, label: "Don't know" },
] as const;

/** An FFT answer code, 1 (Very good) to 6 (Don't know). */
export type FftRating = (typeof FFT_ANSWERS)[number]['code'];

export { MODES_OF_COLLECTION, MODE_OF_COLLECTION_LABELS, type ModeOfCollection } from './modes-of-collection';

/**
 * Who answered. `'not-answered'` means the question was left blank, which is not the same as
 * choosing "Prefer not to say": a blank must never be counted as an answer.
 */
export const RESPONDENTS = [
  'patient',
  'carer-or-relative',
  'visitor',
  'prefer-not-to-say',
  'not-answered',
] as const;

/** Who answered, for example `'carer-or-relative'`. */
export type Respondent = (typeof RESPONDENTS)[number];

/**
 * Who helped the respondent answer, if anyone. `'not-answered'` means the question was left blank,
 * which is not the same as answering "No" (`'none'`).
 */
export const ASSISTANTS = ['none', 'staff', 'carer-or-relative', 'interpreter', 'not-answered'] as const;

/** Who helped, for example `'interpreter'`. */
export type Assistant = (typeof ASSISTANTS)[number];

/** Kinds of identifier removed from the free text before saving. */
export const REDACTION_KINDS = [
  'nhs-number',
  'phone-number',
  'email',
  'postcode',
  'date-of-birth',
  'name',
] as const;

const ratingSchema = z.literal(FFT_ANSWERS.map((answer) => answer.code));

/** A short BCP 47 language tag such as `en`, `cy`, `ur` or `pt-BR`. */
const languageSchema = z
  .string()
  .check(
    z.maxLength(35),
    z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag such as en or pt-BR'),
  );

const redactionSchema = z.strictObject({
  kind: z.enum(REDACTION_KINDS),
  count: z.int().check(z.minimum(1), z.maximum(1000)),
});

const redactionsSchema = z.array(redactionSchema).check(
  z.maxLength(REDACTION_KINDS.length),
  z.refine(
    (redactions) => new Set(redactions.map((redaction) => redaction.kind)).size === redactions.length,
    'must list each kind of identifier once',
  ),
);

/** The schema of a stored or synced `FeedbackResponse`. Unknown fields are refused. */
export const feedbackResponseSchema = z.strictObject({
  ...recordBaseShape,
  rating: ratingSchema,
  /** Answer to "What was good?"; may be empty. */
  whatWasGood: freeTextSchema,
  /** Answer to "What could we do better?"; may be empty. */
  whatCouldBeBetter: freeTextSchema,
  respondent: z.enum(RESPONDENTS),
  assistedBy: z.enum(ASSISTANTS),
  language: languageSchema,
  modeOfCollection: z.enum(MODES_OF_COLLECTION),
  /** What was removed from the texts, by kind and count; never the removed values. */
  redactions: redactionsSchema,
});

/** One answer to the Friends and Family Test. */
export type FeedbackResponse = z.infer<typeof feedbackResponseSchema>;
