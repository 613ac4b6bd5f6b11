/**
 * NHS numbers in any layout: ten digits with up to three spaces, dashes or dots between any two of
 * them ("943 476 5919", "943-476-5919", "9434765919", "94 34 76 59 19", "943 - 476 - 5919"), once
 * other identifiers (phone numbers, dates of birth) have been masked out of the text.
 *
 * A run of digits is the longest stretch of digits joined that way. Within a run every ten-digit
 * window is checked, so an NHS number stuck to other digits ("bed 7 943 476 5919") is still found;
 * overlapping valid windows are removed together. This is what makes the guarantee hold: after
 * removal, no ten digits left in the text, in any such layout, pass the modulus 11 check.
 *
 * Ten digits that fail the check are kept, unless "NHS" comes just before them ("NHS no 401 023
 * 2138"): a mistyped NHS number is still an identifier, but ten digits with nothing to say what they
 * are are more often something else (a reference, a sum) and the person can read them.
 */
import type { FoundIdentifier } from './identifier';
import { hasNhsCueBefore } from './nhs-cue';
import { isValidNhsNumber } from './nhs-number';

const NHS_NUMBER_LENGTH = 10;
const MAX_SEPARATORS = 3;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isSeparator = (character: string): boolean =>
  character === '-' || character === '.' || /\s/.test(character);

/** The positions of the digits of each run of ten digits or more. */
const findDigitRuns = (text: string): number[][] => {
  const runs: number[][] = [];
  let run: number[] = [];
  let separators = 0;
  const endRun = (): void => {
    if (run.length >= NHS_NUMBER_LENGTH) runs.push(run);
    run = [];
    separators = 0;
  };
  for (let index = 0; index < text.length; index += 1) {
    if (isDigit(text.charCodeAt(index))) {
      run.push(index);
      separators = 0;
    } else if (run.length > 0 && isSeparator(text.charAt(index)) && separators < MAX_SEPARATORS) {
      separators += 1;
    } else if (run.length > 0) {
      endRun();
    }
  }
  endRun();
  return runs;
};

/** Ranges (indexes into `run`, `last` inclusive) covered by overlapping valid windows. */
const validWindowRanges = (text: string, run: number[]): { first: number; last: number }[] => {
  const digits = run.map((position) => text.charAt(position)).join('');
  const ranges: { first: number; last: number }[] = [];
  for (let first = 0; first + NHS_NUMBER_LENGTH <= digits.length; first += 1) {
    if (!isValidNhsNumber(digits.slice(first, first + NHS_NUMBER_LENGTH))) continue;
    const last = first + NHS_NUMBER_LENGTH - 1;
    const previous = ranges.at(-1);
    if (previous !== undefined && first <= previous.last) previous.last = last;
    else ranges.push({ first, last });
  }
  return ranges;
};

/** Finds NHS numbers in `text` (normalised for matching, other identifiers masked). */
export const findNhsNumbers = (text: string): FoundIdentifier[] => {
  const found: FoundIdentifier[] = [];
  const add = (run: number[], first: number, last: number): void => {
    found.push({ kind: 'nhs-number', start: run[first] ?? 0, end: (run[last] ?? 0) + 1 });
  };
  for (const run of findDigitRuns(text)) {
    let pieceStart = 0;
    // What is left between valid windows is seen, once they are removed, as a run of its own; a
    // piece of exactly ten digits after "NHS" is then a mistyped NHS number.
    const addIfCued = (pieceEnd: number): void => {
      const start = run[pieceStart];
      if (
        pieceEnd - pieceStart === NHS_NUMBER_LENGTH &&
        start !== undefined &&
        hasNhsCueBefore(text, start)
      ) {
        add(run, pieceStart, pieceEnd - 1);
      }
    };
    for (const range of validWindowRanges(text, run)) {
      addIfCued(range.first);
      add(run, range.first, range.last);
      pieceStart = range.last + 1;
    }
    addIfCued(run.length);
  }
  return found.sort((left, right) => left.start - right.start);
};
