/**
 * Dates of birth: a date that follows "born", "DOB", "D.O.B.", "date of birth", "birth date" or
 * "birthday", with at most a few linking words between ("born on the 3rd of March 1950", "DOB:
 * 01/02/1950", "her date of birth is 1950-03-03"). Only the first date after each of those words is
 * taken, and other dates ("admitted 3/4/2024") are left: when something happened is what makes
 * feedback useful, and it does not identify anyone.
 *
 * Dates are numeric day-month-year in either order with `/ - .` or spaces (two- or four-digit years),
 * ISO year-first, and written with a month name ("3rd March 1950", "March 3, 1950", "5-May-21",
 * "March 1950", "3 March").
 */
import type { FoundIdentifier } from './identifier';

const cuePattern =
  /(?<![\p{L}])(?:born|d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s?date|birth\s?day|b'?day)(?![\p{L}])/giu;

/** Words that may stand between the cue and the date. */
const LINKING_WORDS = new Set([
  'on',
  'the',
  'is',
  'was',
  'of',
  'in',
  'my',
  'his',
  'her',
  'their',
  'its',
  'are',
  'were',
  'date',
  'dated',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
const MAX_LINKING_WORDS = 4;
const MAX_GAP = 40;

const punctuationPattern = /[\s:,=()\-.]+/y;
const wordPattern = /\p{L}+/uy;

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?!\\p{L})';
const DAY = '(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?';
const YEAR = "(?:[0-9]{4}|'?[0-9]{2})";
const NUMBER_SEPARATOR = '(?:\\s?[/.\\-]\\s?|\\s)';
const TEXT_SEPARATOR = '[\\s\\-.,]{1,3}';

// Tried in this order at the position after the cue; the first that matches wins, so the longer
// forms come first ("01/02/1950" before "01/02").
const DATE_FORMS = [
  `[0-9]{4}${NUMBER_SEPARATOR}[0-9]{1,2}${NUMBER_SEPARATOR}[0-9]{1,2}`,
  `[0-9]{1,2}${NUMBER_SEPARATOR}[0-9]{1,2}${NUMBER_SEPARATOR}(?:[0-9]{4}|[0-9]{2})`,
  `${DAY}(?:\\s+of)?${TEXT_SEPARATOR}${MONTH}(?:${TEXT_SEPARATOR}${YEAR})?`,
  `${MONTH}${TEXT_SEPARATOR}${DAY}(?:,?\\s*${YEAR})?`,
  `${MONTH}${TEXT_SEPARATOR}(?:[0-9]{4}|'[0-9]{2})`,
  '[0-9]{1,2}[/.\\-](?:[0-9]{4}|[0-9]{1,2})',
];
// A date ends before any letter or digit, except the `T` of an ISO date and time.
const datePattern = new RegExp(`(?:${DATE_FORMS.join('|')})(?![\\p{N}]|(?!T[0-9])\\p{L})`, 'iuy');

/** The position after the linking words that follow a cue ending at `position`, or -1 if too far. */
const skipLinkingWords = (text: string, position: number): number => {
  let at = position;
  let words = 0;
  for (;;) {
    punctuationPattern.lastIndex = at;
    if (punctuationPattern.test(text)) at = punctuationPattern.lastIndex;
    wordPattern.lastIndex = at;
    const word = wordPattern.exec(text);
    if (word === null || !LINKING_WORDS.has(word[0].toLowerCase()) || words === MAX_LINKING_WORDS) break;
    at = wordPattern.lastIndex;
    words += 1;
  }
  return at - position <= MAX_GAP ? at : -1;
};

/** Finds dates of birth in `text` (normalised for matching). */
export const findDatesOfBirth = (text: string): FoundIdentifier[] => {
  const found: FoundIdentifier[] = [];
  for (const cue of text.matchAll(cuePattern)) {
    const start = skipLinkingWords(text, cue.index + cue[0].length);
    if (start < 0) continue;
    datePattern.lastIndex = start;
    const date = datePattern.exec(text);
    if (date !== null) found.push({ kind: 'date-of-birth', start, end: start + date[0].length });
  }
  return found;
};
