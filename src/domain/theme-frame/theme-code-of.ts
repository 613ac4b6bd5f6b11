/**
 * The stable code a theme is stored under in a note's `themes`: its QDC sub-category name in
 * lower-case words joined by hyphens, with `&`, `/` and other punctuation dropped
 * ("Staff manner & personal attributes" → `staff-manner-personal-attributes`).
 *
 * Codes are stored in notes and synced, so this must never change for an existing name: a new rule
 * here would orphan every note already themed.
 */
export const themeCodeOf = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
