/**
 * Finds the identifiers in a text: NHS numbers, phone numbers, e-mail addresses, postcodes, dates of
 * birth and names after titles. The kiosk shows them before saving, staff may keep one, and
 * `redactText` removes the rest; the server runs the same check again.
 *
 * Order matters: phone numbers, e-mail addresses, postcodes, dates of birth and names are found
 * first and masked out, then NHS numbers are looked for in what is left. So an 11-digit number
 * starting 0 is a phone number even when ten of its digits happen to pass the modulus 11 check,
 * while every valid NHS number anywhere else is found whatever surrounds it.
 */
import { applyRedactions, toOriginalOffsets } from './apply-redactions';
import { findDatesOfBirth } from './find-dates-of-birth';
import { findEmails } from './find-emails';
import { findNames } from './find-names';
import { findNhsNumbers } from './find-nhs-numbers';
import { findPhoneNumbers } from './find-phone-numbers';
import { findPostcodes } from './find-postcodes';
import type { FoundIdentifier } from './identifier';
import { mergeIdentifiers } from './merge-identifiers';
import { normaliseForMatching, toOriginalRange } from './normalise-for-matching';
import { maskPlaceholders, maskRanges } from './redaction-placeholders';

/** One pass of every detector over `text`; ranges are in `text`, sorted and not overlapping. */
const findOnce = (text: string): FoundIdentifier[] => {
  const normalised = normaliseForMatching(text);
  const masked = maskPlaceholders(normalised.text);
  const others = mergeIdentifiers([
    ...findPhoneNumbers(masked),
    ...findEmails(masked),
    ...findPostcodes(masked),
    ...findDatesOfBirth(masked),
    ...findNames(masked),
  ]);
  const nhsNumbers = findNhsNumbers(maskRanges(masked, others));
  return mergeIdentifiers([...others, ...nhsNumbers]).map((identifier) => ({
    kind: identifier.kind,
    ...toOriginalRange(normalised, identifier.start, identifier.end),
  }));
};

/**
 * Finds the identifiers in `text`, as ranges of `text` itself (UTF-16 offsets, so they can be
 * highlighted), sorted and not overlapping. Pure and deterministic.
 *
 * Removing one identifier can expose another that was hidden by being stuck to it (a phone number
 * typed straight after a name), so the search is repeated on the redacted text until it finds
 * nothing new. That is also why redacting twice changes nothing: the result of `redactText` is text
 * in which this function finds nothing.
 */
export const findIdentifiers = (text: string): FoundIdentifier[] => {
  let found = findOnce(text);
  // Each round removes at least one character that no placeholder covered before, so it ends.
  for (;;) {
    if (found.length === 0) return found;
    const redacted = applyRedactions(text, found);
    const more = findOnce(redacted.text);
    if (more.length === 0) return found;
    const mapped = more.map((identifier) => ({
      kind: identifier.kind,
      ...toOriginalOffsets(redacted.pieces, identifier.start, identifier.end),
    }));
    found = mergeIdentifiers([...found, ...mapped]);
  }
};
