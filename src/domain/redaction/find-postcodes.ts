/**
 * UK postcodes by their published shape (outward code A9, A99, A9A, AA9, AA99 or AA9A, then a digit
 * and two letters), with the letters each position may hold, plus the special GIR 0AA. Any case, with
 * no space or up to two between the halves. The shape is checked, not whether the postcode exists.
 */
import type { FoundIdentifier } from './identifier';

const FIRST = '[A-PR-UWYZ]';
const OUTWARD = `${FIRST}(?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)`;
const INWARD = '[0-9][ABD-HJLNP-UW-Z]{2}';

const postcodePattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${OUTWARD} {0,2}${INWARD}|GIR {0,2}0AA)(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Finds UK postcodes in `text` (normalised for matching). */
export const findPostcodes = (text: string): FoundIdentifier[] =>
  Array.from(text.matchAll(postcodePattern), (match) => ({
    kind: 'postcode' as const,
    start: match.index,
    end: match.index + match[0].length,
  }));
