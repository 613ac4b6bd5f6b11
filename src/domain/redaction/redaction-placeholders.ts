/**
 * The words that stand in for a removed identifier in saved text. They are plain English on purpose:
 * a ward team reading a comment should see at a glance that something was taken out, and what kind.
 */
import type { IdentifierKind } from './identifier';

/** The placeholder that replaces each kind of identifier, for example `[NHS number removed]`. */
export const REDACTION_PLACEHOLDERS = {
  'nhs-number': '[NHS number removed]',
  'phone-number': '[phone number removed]',
  email: '[email removed]',
  postcode: '[postcode removed]',
  'date-of-birth': '[date of birth removed]',
  name: '[name removed]',
} as const satisfies Record<IdentifierKind, string>;

/**
 * What a placeholder, and any span already claimed by another detector, becomes in the text the
 * detectors read: a character no detector matches or skips over (U+FFFC, the object replacement
 * character). Masking keeps offsets, so the text already redacted is never redacted again.
 */
export const MASK = '\uFFFC';

const placeholderPattern = new RegExp(
  Object.values(REDACTION_PLACEHOLDERS)
    .map((placeholder) => placeholder.replace(/[[\]]/g, '\\$&'))
    .join('|'),
  'g',
);

/** Replaces every placeholder in `text` with as many {@link MASK} characters. */
export const maskPlaceholders = (text: string): string =>
  text.replace(placeholderPattern, (placeholder) => MASK.repeat(placeholder.length));

/** Replaces `[start, end)` of each range in `text` with {@link MASK} characters. */
export const maskRanges = (text: string, ranges: readonly { start: number; end: number }[]): string => {
  if (ranges.length === 0) return text;
  const characters = text.split('');
  for (const range of ranges) characters.fill(MASK, range.start, range.end);
  return characters.join('');
};
