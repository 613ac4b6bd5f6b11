// A fast pre-filter for the server's identifier check (identifier-flags.ts): whether `findIdentifiers`
// could find anything in a text at all. The full check costs 10 to 40 µs a text, which would take
// server ingest under its budget (DESIGN.md: at least half the speed of a bare batched insert); most
// texts ("The night staff were kind.") can be cleared by a few cheap tests instead.
//
// It must never say false where `findIdentifiers` finds something: a false here is a flag missed. So
// each test below is a condition without which one detector cannot match, read off that detector, and
// may-hold-identifiers.test.ts checks the promise against the detectors on generated and real texts.
// Only plain ASCII text is cleared: the detectors read a normalised copy in which other-script digits,
// full-width letters and invisible characters have changed, and reasoning about those is not worth the
// risk, so any other text always gets the full check.

/** A title before a name (find-names.ts), as a whole word in any case. */
const title =
  /(?<![A-Za-z0-9])(?:mrs?|ms|mx|dr|prof|professor|miss|doctor|nurse|sister|matron)(?![A-Za-z0-9])/i;

/** The part of every cue for a date of birth (find-dates-of-birth.ts): born, birth…, b'day, DOB / D.O.B. */
const birthCue = /born|birth|b'?day|d\.?\s?o\.?\s?b/i;

/** A postcode's inward code starts with a digit followed by a letter (also GIR 0AA). */
const digitThenLetter = /[0-9][A-Za-z]/;

/**
 * Phone numbers have at least 8 digits (an international number: "+", a country code and 7 more),
 * NHS numbers 10; fewer cannot be either.
 */
const MIN_NUMBER_DIGITS = 8;

/**
 * False only when `findIdentifiers(text)` is sure to find nothing; true means "run the full check".
 * Conditions, each necessary for one kind: an `@` (e-mail); a title (name); 8 digits or more (phone,
 * NHS number); a digit followed by a letter (postcode); a birth cue and a digit (date of birth). One
 * pass over the text finds anything not ASCII, an `@` and the digits.
 */
export const mayHoldIdentifiers = (text: string): boolean => {
  let digits = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code > 0x7f || code === 0x40) return true;
    if (code >= 0x30 && code <= 0x39) digits += 1;
  }
  if (digits >= MIN_NUMBER_DIGITS || title.test(text)) return true;
  if (digits === 0) return false;
  return digitThenLetter.test(text) || birthCue.test(text);
};
