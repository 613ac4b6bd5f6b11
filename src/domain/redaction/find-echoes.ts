/**
 * Other mentions of a name or date of birth already found: "Nurse Jane was lovely. Jane also …"
 * would otherwise keep the name the title gave away. Names are looked for word by word, with the
 * same capitals ("Smith" after "Dr Amy Smith", but not "smith"), and dates as written; both only as
 * whole words. Other kinds need no echo search: their detectors find every mention by themselves.
 */
import type { FoundIdentifier, IdentifierKind } from './identifier';

/** Values to look for again, each with the kind it is removed as. */
export type EchoValues = ReadonlyMap<string, IdentifierKind>;

const isLetterOrDigit = (character: string): boolean => /[\p{L}\p{N}]/u.test(character);
const isLetter = (character: string): boolean => /\p{L}/u.test(character);

/** Adds the names (word by word) and dates of birth among `identifiers` in `text` to `values`. */
export const addEchoValues = (
  values: EchoValues,
  text: string,
  identifiers: readonly FoundIdentifier[],
): EchoValues => {
  const added = new Map(values);
  for (const identifier of identifiers) {
    const written = text.slice(identifier.start, identifier.end);
    if (identifier.kind === 'date-of-birth') added.set(written, identifier.kind);
    if (identifier.kind !== 'name') continue;
    // Initials ("J.", "R") are too short to look for on their own.
    for (const word of written.split(/[ \t]+/)) {
      if (/^\p{L}[\p{L}\p{M}'-]+$/u.test(word)) added.set(word, 'name');
    }
  }
  return added;
};

/**
 * Finds whole-word mentions of `values` in `text`. A name next to a digit counts ("0000Jane"), a
 * date next to one does not (it would be another number). Places already found come back too;
 * merging takes care of those.
 */
export const findEchoes = (text: string, values: EchoValues): FoundIdentifier[] => {
  const echoes: FoundIdentifier[] = [];
  for (const [value, kind] of values) {
    const isGlued = kind === 'name' ? isLetter : isLetterOrDigit;
    for (let start = text.indexOf(value); start >= 0; start = text.indexOf(value, start + 1)) {
      const end = start + value.length;
      if (isGlued(text.charAt(start - 1)) || isGlued(text.charAt(end))) continue;
      echoes.push({ kind, start, end });
    }
  }
  return echoes;
};
