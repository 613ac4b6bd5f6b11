/**
 * The shapes the redactor speaks in: which kinds of identifier it finds, where they are, and the
 * per-kind counts a `FeedbackResponse` stores. Kinds are the record's own `REDACTION_KINDS`, so a new
 * kind is added there first and the compiler then asks for its placeholder and its detector.
 */
import { REDACTION_KINDS, type FeedbackResponse } from '../feedback/feedback-response';

/** A kind of identifier the redactor removes, for example `'nhs-number'`. */
export type IdentifierKind = (typeof REDACTION_KINDS)[number];

/** A range of UTF-16 code units in a text, `start` inclusive and `end` exclusive (as `String.slice`). */
export type TextRange = { readonly start: number; readonly end: number };

/** An identifier found in a text: its kind and where it is in the text as the person typed it. */
export type FoundIdentifier = TextRange & { readonly kind: IdentifierKind };

/** How many identifiers of one kind were removed: one entry of `FeedbackResponse['redactions']`. */
export type RedactionCount = FeedbackResponse['redactions'][number];

/** The most a `FeedbackResponse` may record for one kind; larger counts are capped to it. */
export const MAX_REDACTION_COUNT = 1000;

/** Every kind, in the order the record lists them (and the order `redactions` are reported in). */
export const IDENTIFIER_KINDS: readonly IdentifierKind[] = REDACTION_KINDS;
