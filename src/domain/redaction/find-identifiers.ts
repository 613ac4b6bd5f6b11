/**
 * Finds the identifiers in a text: NHS numbers, phone numbers, e-mail addresses, postcodes, dates of
 * birth and names after titles. The kiosk shows them before saving, staff may keep one, and
 * `redactText` removes the rest; the server runs the same check again.
 *
 * Order matters: phone numbers, e-mail addresses, postcodes, dates of birth and names (and other
 * mentions of those names and dates) are found first and masked out, then NHS numbers are looked for in what is left. So an 11-digit number
 * starting 0 is a phone number even when ten of its digits happen to pass the modulus 11 check,
 * while every valid NHS number anywhere else is found whatever surrounds it.
 */
import { applyRedactions, toOriginalOffsets } from './apply-redactions';
import { findDatesOfBirth } from './find-dates-of-birth';
import { addEchoValues, findEchoes, type EchoValues } from './find-echoes';
import { findEmails } from './find-emails';
import { findNames } from './find-names';
import { findNhsNumbers } from './find-nhs-numbers';
import { findPhoneNumbers } from './find-phone-numbers';
import { findPostcodes } from './find-postcodes';
import type { FoundIdentifier } from './identifier';
import { mergeIdentifiers } from './merge-identifiers';
import { normaliseForMatching, toOriginalRange } from './normalise-for-matching';
import { maskPlaceholders, maskRanges } from './redaction-placeholders';

type Pass = { readonly found: FoundIdentifier[]; readonly echoValues: EchoValues };

/**
 * One pass of every detector over `text`, also looking again for the names and dates of birth of
 * earlier passes (`echoValues`). Ranges are in `text`, sorted and not overlapping.
 */
const findOnce = (text: string, echoValues: EchoValues): Pass => {
  const normalised = normaliseForMatching(text);
  const masked = maskPlaceholders(normalised.text);
  const found = [
    ...findPhoneNumbers(masked),
    ...findEmails(masked),
    ...findPostcodes(masked),
    ...findDatesOfBirth(masked),
    ...findNames(masked),
  ];
  const values = addEchoValues(echoValues, masked, found);
  const others = mergeIdentifiers([...found, ...findEchoes(masked, values)]);
  const nhsNumbers = findNhsNumbers(maskRanges(masked, others));
  return {
    found: mergeIdentifiers([...others, ...nhsNumbers]).map((identifier) => ({
      kind: identifier.kind,
      ...toOriginalRange(normalised, identifier.start, identifier.end),
    })),
    echoValues: values,
  };
};

/**
 * Finds the identifiers in `text`, as ranges of `text` itself (UTF-16 offsets, so they can be
 * highlighted), sorted and not overlapping. Pure and deterministic.
 *
 * Removing one identifier can expose another that was hidden by being stuck to it (a postcode typed
 * straight after an NHS number), so the search is repeated on the redacted text until it finds
 * nothing new. That is also why redacting twice changes nothing: the result of `redactText` is text
 * in which this function finds nothing.
 */
export const findIdentifiers = (text: string): FoundIdentifier[] => {
  let pass = findOnce(text, new Map());
  let found = pass.found;
  // Each round removes at least one character that no placeholder covered before, so it ends.
  while (found.length > 0) {
    const redacted = applyRedactions(text, found);
    pass = findOnce(redacted.text, pass.echoValues);
    if (pass.found.length === 0) break;
    const mapped = pass.found.map((identifier) => ({
      kind: identifier.kind,
      ...toOriginalOffsets(redacted.pieces, identifier.start, identifier.end),
    }));
    found = mergeIdentifiers([...found, ...mapped]);
  }
  return found;
};
