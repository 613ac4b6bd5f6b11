/**
 * Every English string of the kiosk. Translations (src/features/kiosk/i18n/locales) carry exactly
 * these keys; a test there fails when they drift. `{name}` values are filled with `params()`.
 * A message about a number of things is a `count()` with a form for each CLDR plural category
 * (English: one, other): call it with the number, e.g. `t.wrongPin(3)`. Catalogues give the
 * categories their own language has (Polish one/few/many/other, Arabic and Welsh six, ...), so
 * a sentence is never built from a separate "one" message.
 *
 * `kiosk` holds the standard wording. `kioskEasyRead` holds the short sentences shown as well (never
 * instead: accessible names stay the same) when "Easy read" is on.
 */
import { count, params } from '@nanostores/i18n';
import { kioskI18n } from './i18n/kiosk-i18n';

export const kioskMessages = kioskI18n('kiosk', {
  // Settings bar
  settingsLabel: 'Kiosk settings',
  staff: 'Staff',

  // Question step
  question: 'Overall, how was your experience of our service?',
  answerVeryGood: 'Very good',
  answerGood: 'Good',
  answerNeither: 'Neither good nor poor',
  answerPoor: 'Poor',
  answerVeryPoor: 'Very poor',
  answerDontKnow: "Don't know",
  whatWasGood: 'What was good?',
  whatCouldBeBetter: 'What could we do better?',
  textHint: 'Optional. Please do not write names, phone numbers or other personal details.',
  whoIsAnswering: 'Who is answering?',
  respondentPatient: 'Patient',
  respondentCarerOrRelative: 'Carer or relative',
  respondentVisitor: 'Visitor',
  respondentPreferNotToSay: 'Prefer not to say',
  didAnyoneHelp: 'Did anyone help you answer?',
  assistedNo: 'No',
  assistedStaff: 'Staff',
  assistedCarerOrRelative: 'Carer or relative',
  assistedInterpreter: 'Interpreter',
  optionalHint: 'Optional',
  send: 'Send feedback',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  errorChooseAnswer: 'Choose an answer to the question',
  errorNotSaved: 'Your feedback could not be saved. Please try again or tell a member of staff.',

  // Redaction preview
  weWillRemove: 'We will remove',
  savedAs: 'Your words will be saved as:',
  redactionNhsNumber: 'NHS number',
  redactionPhoneNumber: 'phone number',
  redactionEmail: 'email address',
  redactionPostcode: 'postcode',
  redactionDateOfBirth: 'date of birth',
  redactionName: 'name',

  // Anonymity and escalation, on the question and thank-you steps
  anonymous: 'Your feedback is anonymous. It is not a complaint.',
  urgentConcern: params('If you have an urgent concern, {escalation}'),
  urgentConcernDefault: 'If you have an urgent concern, please speak to a member of staff now.',

  // Thank-you step
  thankYou: 'Thank you',
  youSaidWeDid: 'You said, we did',
  youSaidWeDidEmpty: 'Our ward team will share here what they change because of feedback.',
  startAgain: 'Start again',
  loading: 'Loading…',

  // Idle warning
  stillThere: 'Still there?',
  answersWillBeCleared: count({
    one: 'Your answers will be cleared in {count} second.',
    other: 'Your answers will be cleared in {count} seconds.',
  }),
  stillHere: "I'm still here",

  // Staff step
  staffPin: 'Staff PIN',
  unlock: 'Unlock',
  backToFeedback: 'Back to feedback',
  enterPin: 'Enter the staff PIN',
  wrongPin: count({
    one: 'That PIN is not right. {count} try left.',
    other: 'That PIN is not right. {count} tries left.',
  }),
  lockedOut: count({
    one: 'Too many wrong tries. Try again in {count} minute.',
    other: 'Too many wrong tries. Try again in {count} minutes.',
  }),
  noPinOnTablet: 'This tablet has no staff PIN yet. Ask the ward manager to set one, then sync.',
  pinNotChecked: 'The PIN could not be checked. Try again.',

  // Staff options
  staffOptions: 'Staff options',
  ward: params('Ward: {ward}'),
  // English needs one form here; most of the kiosk's other languages inflect the noun.
  waitingToSend: count({
    one: 'Feedback waiting to send: {count}',
    other: 'Feedback waiting to send: {count}',
  }),
  syncNow: 'Sync now',
  returnToFeedback: 'Return to feedback',
});

export const kioskEasyReadMessages = kioskI18n('kioskEasyRead', {
  question: 'Tell us how your time on the ward was.',
  questionHint: 'Pick one face.',
  answerVeryGood: 'It was very good.',
  answerGood: 'It was good.',
  answerNeither: 'It was OK.',
  answerPoor: 'It was bad.',
  answerVeryPoor: 'It was very bad.',
  answerDontKnow: 'I do not know.',
  whatWasGood: 'Tell us what was good. You do not have to.',
  whatCouldBeBetter: 'Tell us what we should change. You do not have to.',
  noNames: 'Do not write names or numbers.',
  whoIsAnswering: 'Tell us who you are. You do not have to.',
  didAnyoneHelp: 'Did someone help you? You do not have to say.',
  send: 'Press the button to send.',
  errorChooseAnswer: 'Pick one face first.',
  weWillRemove: 'We take out names and numbers.',
  anonymous: 'We do not know who you are. This is not a complaint.',
  urgentConcern: 'Need help now? Talk to a member of staff.',
  thankYou: 'We read every answer.',
  youSaidWeDid: 'Here is what we changed.',
  startAgain: 'The screen will clear soon.',
  stillThere: 'Are you still there? Press the button.',
});
