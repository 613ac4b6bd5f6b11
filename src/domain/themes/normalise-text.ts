/**
 * The one text normalisation that training and the device share: any change here changes every
 * feature, so the model must be retrained with it (the artefact records a feature version).
 */

/** Placeholders our redactor writes (`[name removed]`) and the training data's (`[name redacted]`, `XXXX`). */
const REDACTED_PATTERN = /\[[^\]\n]{0,40}\b(?:removed|redacted)\]|\bx{3,}\b/g;

/** The token every removed identifier becomes, so that a name never becomes a feature. */
export const REDACTED_TOKEN = 'xxredacted';

/**
 * Lower-cases, folds compatibility characters and typographic apostrophes, turns every redaction
 * placeholder into {@link REDACTED_TOKEN} and every run of digits into `0` (so "4 hours" and
 * "5 hours" share features), and collapses white space.
 */
export const normaliseText = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(REDACTED_PATTERN, ` ${REDACTED_TOKEN} `)
    .replace(/[\u2018\u2019\u201b\u0060\u00b4\u2032]/g, "'")
    .replace(/\p{Nd}+/gu, '0')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The words of normalised text: runs of letters and digits, with apostrophes inside a word dropped
 * ("didn't" → "didnt") because people type them both ways.
 */
export const tokeniseWords = (normalised: string): string[] =>
  (normalised.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []).map((word) => word.replace(/'/g, ''));
