/**
 * One normalised copy of a text for the detectors, with a map back to the text as typed. People paste
 * identifiers from letters, phones and other apps, so the same NHS number can arrive with full-width
 * or Arabic-Indic digits, non-breaking or zero-width spaces and any of half a dozen dashes; matching
 * the normalised copy means every detector handles all of those without knowing about them.
 *
 * Each character of the normalised text comes from exactly one UTF-16 code unit of the original, and
 * invisible characters are dropped, so a match `[start, end)` in the normalised text maps back to
 * `[originalIndex[start], originalIndex[end - 1] + 1)`: the invisible characters inside the match
 * are removed with it, those around it are kept.
 */

/** A normalised text and, for each of its code units, the index of the original code unit. */
export type NormalisedText = {
  readonly text: string;
  readonly originalIndex: readonly number[];
};

/** The zero of each run of decimal digits mapped to ASCII (scripts of languages spoken on UK wards). */
const DIGIT_ZEROS = [
  0xff10, // full-width
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic (Urdu, Persian)
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0a66, // Gurmukhi
  0x0ae6, // Gujarati
];

/** Invisible characters that people or software put between digits and letters: dropped. */
const isIgnorable = (code: number): boolean =>
  code === 0x00ad || // soft hyphen
  code === 0x180e || // Mongolian vowel separator
  (code >= 0x200b && code <= 0x200f) || // zero-width space, non-joiner, joiner; LTR and RTL marks
  (code >= 0x202a && code <= 0x202e) || // bidirectional embeddings and overrides
  (code >= 0x2060 && code <= 0x2064) || // word joiner and invisible operators
  (code >= 0x2066 && code <= 0x2069) || // bidirectional isolates
  code === 0xfeff; // byte order mark, zero-width no-break space

/** Spaces other than the ASCII space and tab: read as a space. */
const isOtherSpace = (code: number): boolean =>
  code === 0x00a0 || // no-break space
  (code >= 0x2000 && code <= 0x200a) || // en quad … hair space, incl. figure and thin space
  code === 0x202f || // narrow no-break space
  code === 0x205f || // medium mathematical space
  code === 0x3000; // ideographic space

/** Hyphens, dashes and the minus sign: read as `-`. */
const isDash = (code: number): boolean =>
  (code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63;

/** Curly and modifier apostrophes: read as `'` (O’Brien, D’Arcy). */
const isApostrophe = (code: number): boolean => code === 0x2018 || code === 0x2019 || code === 0x02bc;

const mapDigit = (code: number): string | undefined => {
  for (const zero of DIGIT_ZEROS) {
    if (code >= zero && code <= zero + 9) return String.fromCharCode(0x30 + code - zero);
  }
  return undefined;
};

const mapCodeUnit = (code: number, unit: string): string | null => {
  if (code < 0x80) return unit;
  if (isIgnorable(code)) return null;
  const digit = mapDigit(code);
  if (digit !== undefined) return digit;
  // The rest of the full-width ASCII block (letters, @, +, brackets) maps onto ASCII too.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (isOtherSpace(code)) return ' ';
  if (isDash(code)) return '-';
  if (isApostrophe(code)) return "'";
  return unit;
};

/**
 * Normalises `text` for matching: digits of other scripts and full-width ASCII become ASCII, unusual
 * spaces become a space, dashes become `-`, curly apostrophes become `'`, invisible characters go.
 * Letters keep their case (names are found by their capitals).
 */
export const normaliseForMatching = (text: string): NormalisedText => {
  const parts: string[] = [];
  const originalIndex: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charAt(index);
    const mapped = mapCodeUnit(text.charCodeAt(index), unit);
    if (mapped === null) continue;
    parts.push(mapped);
    originalIndex.push(index);
  }
  return { text: parts.join(''), originalIndex };
};

/** Maps a range of the normalised text back to the original text (see the module comment). */
export const toOriginalRange = (
  normalised: NormalisedText,
  start: number,
  end: number,
): { start: number; end: number } => {
  const first = normalised.originalIndex[start];
  const last = normalised.originalIndex[end - 1];
  if (first === undefined || last === undefined || end <= start) {
    throw new RangeError('The range is not inside the normalised text.');
  }
  return { start: first, end: last + 1 };
};
