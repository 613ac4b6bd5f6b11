import { describe, expect, it } from 'vitest';
import { createNote, type Note } from './note';
import { EMPTY_NOTE_QUERY, isNoteQueryNarrowed, matchesNoteQuery, type NoteQuery } from './note-query';
import { filterKeysOf, filterKeysOfQuery } from './note-query-keys';

const made = createNote(
  {
    text: 'The café food was cold',
    kind: 'patient-comment',
    sentiment: 'negative',
    themes: ['food-diet', 'food-diet', 'environment-facilities'],
    isUrgent: true,
    capturedByRole: 'HCA',
  },
  {
    id: '0199a3c0-0000-7000-8000-000000000001',
    wardId: 'ward-7b',
    deviceId: '0199a3c0-0000-7000-8000-000000000002',
    now: new Date('2025-11-20T09:00:00.000Z'),
  },
);
if (!made.isOk) throw new Error(made.error);
const note: Note = made.value;
const query = (changes: Partial<NoteQuery>): NoteQuery => ({ ...EMPTY_NOTE_QUERY, ...changes });

describe('matchesNoteQuery', () => {
  it('matches every note with the empty query', () => {
    expect(matchesNoteQuery(note, EMPTY_NOTE_QUERY)).toBe(true);
    expect(isNoteQueryNarrowed(EMPTY_NOTE_QUERY)).toBe(false);
  });

  it.each<[string, Partial<NoteQuery>, boolean]>([
    ['a word prefix', { searchText: 'Caf' }, true],
    ['a missing word', { searchText: 'caf night' }, false],
    ['the kind', { kind: 'patient-comment' }, true],
    ['another kind', { kind: 'compliment' }, false],
    ['a theme', { themeCode: 'environment-facilities' }, true],
    ['another theme', { themeCode: 'staff-attitude' }, false],
    ['the sentiment', { sentiment: 'negative' }, true],
    ['another sentiment', { sentiment: 'positive' }, false],
    ['urgent only', { isUrgentOnly: true }, true],
    ['the role', { role: 'HCA' }, true],
    ['another role', { role: 'Nurse' }, false],
    [
      'a range that holds it',
      { createdFrom: '2025-11-20T09:00:00.000Z', createdBefore: '2025-11-20T09:00:00.001Z' },
      true,
    ],
    ['a range that ends at it', { createdBefore: '2025-11-20T09:00:00.000Z' }, false],
    ['a range that starts after it', { createdFrom: '2025-11-20T09:00:00.001Z' }, false],
  ])('with %s: %s', (_name, changes, isMatch) => {
    expect(matchesNoteQuery(note, query(changes))).toBe(isMatch);
    expect(isNoteQueryNarrowed(query(changes))).toBe(true);
  });

  it('does not count one-letter words as narrowing', () => {
    expect(isNoteQueryNarrowed(query({ searchText: ' a ' }))).toBe(false);
  });
});

describe('filterKeysOf', () => {
  it('gives one key per filterable value, themes once each', () => {
    expect(filterKeysOf(note)).toEqual([
      'kind:patient-comment',
      'theme:food-diet',
      'theme:environment-facilities',
      'sentiment:negative',
      'urgent',
      'role:HCA',
    ]);
  });

  it('gives a query the keys a matching note has', () => {
    const keys = filterKeysOfQuery(
      query({
        kind: 'patient-comment',
        themeCode: 'food-diet',
        sentiment: 'negative',
        isUrgentOnly: true,
        role: 'HCA',
      }),
    );
    expect(keys.every((key) => filterKeysOf(note).includes(key))).toBe(true);
    expect(keys).toHaveLength(5);
    expect(filterKeysOfQuery(EMPTY_NOTE_QUERY)).toEqual([]);
  });
});
