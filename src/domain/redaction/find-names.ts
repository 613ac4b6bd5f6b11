/**
 * Names after a title: Mr, Mrs, Ms, Miss, Mx, Dr, Doctor, Prof, Professor, Nurse, Sister or Matron
 * (any case; the abbreviations with or without a dot), then one or two capitalised words, optionally after one or two
 * initials ("Dr. J. Smith", "Nurse O'Brien", "Sister Smith-Jones"). The title stays and the name
 * goes: "Nurse [name removed] was lovely" still says who was thanked, by role.
 *
 * Names are recognised by their capital letter, so a capitalised ordinary word after a title is
 * checked against a list of words that are not names ("Dr And", "Nurse Thank you").
 */
import type { FoundIdentifier } from './identifier';

/** Abbreviated titles, which may take a dot ("Dr. Smith"). */
const ABBREVIATIONS = new Set(['mrs', 'mr', 'ms', 'mx', 'dr', 'prof']);
const TITLES = [...ABBREVIATIONS, 'miss', 'doctor', 'professor', 'nurse', 'sister', 'matron'];
const titlePattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TITLES.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const afterAbbreviationPattern = /\.[ \t]*|[ \t]+/y;
// After a whole word a dot ends the sentence ("told the nurse. Just…"), so only spaces may follow.
const afterWordPattern = /[ \t]+/y;
const betweenTokensPattern = /[ \t]+/y;
// A capital, then letters; an apostrophe only before a capital (O'Brien, not Smith's) and a hyphen
// only before a letter (Smith-Jones).
const wordPattern = /\p{Lu}(?:\p{Ll}|\p{Lu}|\p{Lt}|\p{M}|'(?=\p{Lu})|-(?=\p{L}))*(?![\p{L}\p{N}])/uy;
const initialPattern = /\p{Lu}\.?(?![\p{L}\p{N}])/uy;

/** Capitalised words that follow titles but are not names. Compared in lower case. */
const NOT_NAMES = new Set([
  ...TITLES,
  ...'a an and or but so nor yet the this that these those who which what when where while if then than'.split(
    ' ',
  ),
  ...'i me my we us our you your he him his she her they them their it its'.split(' '),
  ...'is was were are be been being am has had have do did does done said says came come gave give made'.split(
    ' ',
  ),
  ...'on in at to for from of with by as about after before during over under into onto'.split(' '),
  ...'also very really always never not no yes please thank thanks thankyou cheers'.split(' '),
  ...'great good lovely kind excellent amazing brilliant wonderful fantastic caring best all every'.split(
    ' ',
  ),
  ...'team staff ward bay bed unit department hospital nhs nurses doctors sisters today yesterday tonight'.split(
    ' ',
  ),
]);

const matchAt = (pattern: RegExp, text: string, position: number): RegExpExecArray | null => {
  pattern.lastIndex = position;
  return pattern.exec(text);
};

/** The end of the name that starts at `position`, or `position` if there is none. */
const nameEndAt = (text: string, position: number): number => {
  let end = position;
  let at = position;
  let initials = 0;
  let words = 0;
  while (words < 2) {
    if (at !== position) {
      const gap = matchAt(betweenTokensPattern, text, at);
      if (gap === null) break;
      at += gap[0].length;
    }
    const word = matchAt(wordPattern, text, at);
    if (word !== null && word[0].length > 1) {
      if (NOT_NAMES.has(word[0].toLowerCase())) break;
      words += 1;
      at += word[0].length;
      end = at;
      continue;
    }
    const initial = words === 0 && initials < 2 ? matchAt(initialPattern, text, at) : null;
    if (initial === null || NOT_NAMES.has(initial[0].replace('.', '').toLowerCase())) break;
    initials += 1;
    at += initial[0].length;
    end = at;
  }
  return end;
};

/** Finds names after titles in `text` (normalised for matching); the title is not part of the range. */
export const findNames = (text: string): FoundIdentifier[] => {
  const found: FoundIdentifier[] = [];
  for (const title of text.matchAll(titlePattern)) {
    const afterTitle = title.index + title[0].length;
    const isAbbreviation = ABBREVIATIONS.has(title[0].toLowerCase());
    const gap = matchAt(isAbbreviation ? afterAbbreviationPattern : afterWordPattern, text, afterTitle);
    if (gap === null) continue;
    const start = afterTitle + gap[0].length;
    const end = nameEndAt(text, start);
    if (end > start) found.push({ kind: 'name', start, end });
  }
  return found;
};
