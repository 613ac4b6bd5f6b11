import { describe, expect, it } from 'vitest';
import { findNames } from './find-names';

const written = (text: string): string[] =>
  findNames(text).map((found) => text.slice(found.start, found.end));

describe('findNames', () => {
  it('takes one or two capitalised words after any title, with or without a dot', () => {
    expect(
      written(
        'Mr Ali, Mrs Begum, Ms Cole, Miss Dee, Mx Eze, Dr Fox, Doctor Gill, Nurse Hale, Sister Ives, Matron Jay',
      ),
    ).toEqual(['Ali', 'Begum', 'Cole', 'Dee', 'Eze', 'Fox', 'Gill', 'Hale', 'Ives', 'Jay']);
    expect(written('Prof. Kay Lo and Professor Mo, Dr.Nye')).toEqual(['Kay Lo', 'Mo', 'Nye']);
  });

  it('handles apostrophes, hyphens, inner capitals, accents and initials', () => {
    expect(written("Nurse O'Brien-McKay, Dr D'Arcy, Mrs Zoë Ängström, Dr J. R. R. Tolkien")).toEqual([
      "O'Brien-McKay",
      "D'Arcy",
      'Zoë Ängström',
      'J. R.',
    ]);
  });

  it('stops before a possessive, a lower-case word and words that are not names', () => {
    expect(written("Nurse Smith's care, Dr Patel and, Sister Ann Was kind, Dr The Best, Nurse I")).toEqual([
      'Smith',
      'Patel',
      'Ann',
    ]);
  });

  it('needs a title as a whole word followed by a space or a dot', () => {
    expect(written('Drew Smith, Mrs. smith, Nursery Rhyme, the nurse, Dr\nSmith, MrSmith')).toEqual([]);
  });
});

describe('findNames at the end of a sentence', () => {
  it('takes a dot after an abbreviation only: after a whole word it ends the sentence', () => {
    expect(written('I told the nurse. Just then Dr. Patel came; ask the doctor. Palpitations')).toEqual([
      'Patel',
    ]);
  });
});
