/**
 * Text as the theme search compares it: lower case, accents dropped ("café" matches "cafe"),
 * `&` read as "and", and every run of punctuation or spaces one space.
 */
export const foldForSearch = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
