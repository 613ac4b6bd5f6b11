/**
 * Builds the redacted text: each identifier replaced by its placeholder, everything else as typed.
 * It also says where each piece of the result came from, so that offsets in the result can be
 * mapped back to the original text.
 */
import type { FoundIdentifier } from './identifier';
import { REDACTION_PLACEHOLDERS } from './redaction-placeholders';

/** A stretch of the redacted text and the stretch of the original it stands for. */
export type RedactedPiece = {
  readonly start: number;
  readonly end: number;
  readonly originalStart: number;
  readonly originalEnd: number;
  readonly isPlaceholder: boolean;
};

/** A redacted text with the pieces it is made of, in order. */
export type AppliedRedactions = { readonly text: string; readonly pieces: readonly RedactedPiece[] };

/**
 * Replaces each identifier in `text` with its kind's placeholder.
 *
 * @param identifiers sorted, non-overlapping ranges of `text`
 */
export const applyRedactions = (text: string, identifiers: readonly FoundIdentifier[]): AppliedRedactions => {
  const parts: string[] = [];
  const pieces: RedactedPiece[] = [];
  let length = 0;
  let original = 0;
  const push = (part: string, originalEnd: number, isPlaceholder: boolean): void => {
    if (part.length === 0) return;
    parts.push(part);
    pieces.push({
      start: length,
      end: length + part.length,
      originalStart: original,
      originalEnd,
      isPlaceholder,
    });
    length += part.length;
    original = originalEnd;
  };
  for (const identifier of identifiers) {
    push(text.slice(original, identifier.start), identifier.start, false);
    push(REDACTION_PLACEHOLDERS[identifier.kind], identifier.end, true);
  }
  push(text.slice(original), text.length, false);
  return { text: parts.join(''), pieces };
};

const pieceAt = (pieces: readonly RedactedPiece[], offset: number): RedactedPiece => {
  let low = 0;
  let high = pieces.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const piece = pieces[middle];
    if (piece === undefined) break;
    if (offset < piece.start) high = middle - 1;
    else if (offset >= piece.end) low = middle + 1;
    else return piece;
  }
  throw new RangeError('The offset is not inside the redacted text.');
};

/**
 * Maps a range of the redacted text back to the original; a range that reaches into a placeholder
 * is widened to cover what the placeholder replaced.
 */
export const toOriginalOffsets = (
  pieces: readonly RedactedPiece[],
  start: number,
  end: number,
): { start: number; end: number } => {
  const first = pieceAt(pieces, start);
  const last = pieceAt(pieces, end - 1);
  return {
    start: first.isPlaceholder ? first.originalStart : first.originalStart + start - first.start,
    end: last.isPlaceholder ? last.originalEnd : last.originalStart + end - last.start,
  };
};
