/**
 * The kiosk's choices, in the order they are shown, each with the message that names it. The
 * values are the stored ones (`FeedbackResponse`); only types come from domain/ so that the
 * kiosk's first screen does not load the record schemas.
 */
import type { Assistant, FftRating, Respondent } from '../../domain/feedback/feedback-response';

/** The six FFT answers in NHS England's order; `rating` is the stored code. */
export const FFT_CHOICES = [
  { rating: 1, message: 'answerVeryGood' },
  { rating: 2, message: 'answerGood' },
  { rating: 3, message: 'answerNeither' },
  { rating: 4, message: 'answerPoor' },
  { rating: 5, message: 'answerVeryPoor' },
  { rating: 6, message: 'answerDontKnow' },
] as const satisfies readonly { rating: FftRating; message: string }[];

/** "Who is answering?"; leaving it blank is stored as `'not-answered'`. */
export const RESPONDENT_CHOICES = [
  { value: 'patient', message: 'respondentPatient' },
  { value: 'carer-or-relative', message: 'respondentCarerOrRelative' },
  { value: 'visitor', message: 'respondentVisitor' },
  { value: 'prefer-not-to-say', message: 'respondentPreferNotToSay' },
] as const satisfies readonly { value: Respondent; message: string }[];

/** "Did anyone help you answer?"; leaving it blank is stored as `'not-answered'`. */
export const ASSISTANT_CHOICES = [
  { value: 'none', message: 'assistedNo' },
  { value: 'staff', message: 'assistedStaff' },
  { value: 'carer-or-relative', message: 'assistedCarerOrRelative' },
  { value: 'interpreter', message: 'assistedInterpreter' },
] as const satisfies readonly { value: Assistant; message: string }[];
