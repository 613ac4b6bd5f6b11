/**
 * Removes identifiers from free text before it is saved or accepted: the shared check of the kiosk,
 * staff capture and the server.
 */
import { applyRedactions } from './apply-redactions';
import { findIdentifiers } from './find-identifiers';
import {
  IDENTIFIER_KINDS,
  MAX_REDACTION_COUNT,
  type FoundIdentifier,
  type IdentifierKind,
  type RedactionCount,
  type TextRange,
} from './identifier';

/** A text with its identifiers replaced by placeholders, and how many of each kind were removed. */
export type RedactedText = {
  readonly text: string;
  /** In `REDACTION_KINDS` order, only kinds that were removed: ready for `FeedbackResponse.redactions`. */
  readonly redactions: RedactionCount[];
};

/** What to leave in the text although it was found. */
export type RedactOptions = {
  /**
   * Ranges of the original text to keep (usually identifiers from `findIdentifiers` that a member of
   * staff chose to keep, such as a colleague's name in a thank-you). An identifier is kept when it
   * lies wholly inside one of these ranges.
   */
  readonly keep?: readonly TextRange[];
};

const isKept = (identifier: FoundIdentifier, keep: readonly TextRange[]): boolean =>
  keep.some((range) => range.start <= identifier.start && identifier.end <= range.end);

const countByKind = (kinds: readonly IdentifierKind[]): RedactionCount[] =>
  IDENTIFIER_KINDS.flatMap((kind) => {
    const count = kinds.filter((candidate) => candidate === kind).length;
    return count === 0 ? [] : [{ kind, count: Math.min(count, MAX_REDACTION_COUNT) }];
  });

/**
 * Replaces every identifier in `text` with its placeholder (`[NHS number removed]`, `[name removed]`
 * …), except those inside `options.keep`. Without `keep`, redacting the result again changes
 * nothing. Pure and deterministic.
 */
export const redactText = (text: string, options: RedactOptions = {}): RedactedText => {
  const keep = options.keep ?? [];
  const removed = findIdentifiers(text).filter((identifier) => !isKept(identifier, keep));
  return {
    text: applyRedactions(text, removed).text,
    redactions: countByKind(removed.map((identifier) => identifier.kind)),
  };
};

/**
 * Adds up the counts of several texts (a `FeedbackResponse` has two) into one `redactions` list,
 * each kind once, in `REDACTION_KINDS` order, capped at the most a record may hold.
 */
export const combineRedactions = (...lists: readonly (readonly RedactionCount[])[]): RedactionCount[] =>
  IDENTIFIER_KINDS.flatMap((kind) => {
    const count = lists.flat().reduce((sum, entry) => (entry.kind === kind ? sum + entry.count : sum), 0);
    return count === 0 ? [] : [{ kind, count: Math.min(count, MAX_REDACTION_COUNT) }];
  });
