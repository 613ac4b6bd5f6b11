/**
 * E-mail addresses, by a pragmatic pattern rather than RFC 5322: a local part of letters, digits and
 * `. _ % + ' -`, an `@`, dot-separated domain labels and a top-level domain that starts with a letter (two
 * characters or more, so punycode `xn--p1ai` too). Letters of any script count, so internationalised addresses are found.
 */
import type { FoundIdentifier } from './identifier';

const LOCAL = "[\\p{L}\\p{N}._%+'\\-]";
const LABEL = '[\\p{L}\\p{N}\\-]+';
// Starts with a letter and has two characters or more: `uk`, `org`, punycode `xn--p1ai`.
const TOP_LEVEL = '\\p{L}[\\p{L}\\p{N}\\-]*[\\p{L}\\p{N}]';

// The look-behind lets a match start only where a local part starts, so a long run of local-part
// characters with no `@` is scanned once, not once per character. Labels cannot contain dots, so
// the label repetition backtracks one label at a time.
const emailPattern = new RegExp(
  `(?<!${LOCAL})${LOCAL}+@${LABEL}(?:\\.${LABEL})*\\.${TOP_LEVEL}(?![\\p{L}\\p{N}\\-])`,
  'giu',
);

/** Finds e-mail addresses in `text` (normalised for matching). */
export const findEmails = (text: string): FoundIdentifier[] =>
  Array.from(text.matchAll(emailPattern), (match) => ({
    kind: 'email' as const,
    start: match.index,
    end: match.index + match[0].length,
  }));
