import { describe, expect, it } from 'vitest';
import { createUuidV7 } from '../shared/ids';
import { parseSchema } from '../shared/parse-schema';
import { createNote, noteSchema, type Note } from './note';

const context = {
  id: createUuidV7(Date.UTC(2025, 0, 31, 9, 30), new Uint8Array(10).fill(1)),
  wardId: 'unenrolled',
  deviceId: createUuidV7(Date.UTC(2025, 0, 1), new Uint8Array(10).fill(2)),
  now: new Date(Date.UTC(2025, 0, 31, 9, 30)),
};

const validNote: Note = {
  id: context.id,
  wardId: context.wardId,
  deviceId: context.deviceId,
  createdAt: '2025-01-31T09:30:00.000Z',
  schemaVersion: 1,
  kind: 'compliment',
  text: 'Card from bed 4: thank you for the tea at 3am.',
  sentiment: 'positive',
  themes: ['staff-manner', 'positive-experience'],
  isUrgent: false,
  hasConsentToShare: true,
  area: 'bay',
  capturedByRole: 'HCA',
  supersedes: null,
};

const errorOf = (value: unknown): string => {
  const result = parseSchema(noteSchema, value);
  if (result.isOk) throw new Error('expected a failure');
  return result.error;
};

describe('createNote', () => {
  it('makes a staff observation from trimmed text, with nothing else assumed', () => {
    expect(createNote({ text: '  Call bells slow at night.  ' }, context)).toEqual({
      isOk: true,
      value: {
        id: context.id,
        wardId: 'unenrolled',
        deviceId: context.deviceId,
        createdAt: '2025-01-31T09:30:00.000Z',
        schemaVersion: 1,
        kind: 'staff-observation',
        text: 'Call bells slow at night.',
        sentiment: null,
        themes: [],
        isUrgent: false,
        hasConsentToShare: false,
        area: null,
        capturedByRole: null,
        supersedes: null,
      },
    });
  });

  it('keeps the chosen kind', () => {
    const result = createNote({ text: 'Lovely staff', kind: 'relative-or-carer-comment' }, context);
    expect(result.isOk && result.value.kind).toBe('relative-or-carer-comment');
  });

  it('keeps everything else the draft gives, each theme once and the role trimmed', () => {
    const result = createNote(
      {
        text: 'Thank you to Nurse Amy for the tea at 3am',
        kind: 'compliment',
        sentiment: 'positive',
        themes: [
          'staff-manner-personal-attributes',
          'food-drink-provision-facilities',
          'staff-manner-personal-attributes',
        ],
        isUrgent: true,
        hasConsentToShare: true,
        area: 'day-room',
        capturedByRole: '  HCA ',
        identifierReasons: [{ kind: 'name', reason: 'A colleague named in a thank-you' }],
      },
      context,
    );
    expect(result.isOk && result.value).toMatchObject({
      kind: 'compliment',
      sentiment: 'positive',
      themes: ['staff-manner-personal-attributes', 'food-drink-provision-facilities'],
      isUrgent: true,
      hasConsentToShare: true,
      area: 'day-room',
      capturedByRole: 'HCA',
      identifierReasons: [{ kind: 'name', reason: 'A colleague named in a thank-you' }],
    });
  });

  it('stores a blank role as no role, and leaves out an empty list of identifier reasons', () => {
    const result = createNote({ text: 'Quiet night', capturedByRole: '   ', identifierReasons: [] }, context);
    expect(result.isOk && result.value.capturedByRole).toBeNull();
    expect(result.isOk && 'identifierReasons' in result.value).toBe(false);
  });

  it('refuses a blank reason for keeping an identifier', () => {
    const result = createNote(
      { text: 'Thanks Sister Jo', identifierReasons: [{ kind: 'name', reason: ' ' }] },
      context,
    );
    expect(result).toEqual({
      isOk: false,
      error: 'The note could not be made: identifierReasons[0].reason must not be empty.',
    });
  });

  it('refuses empty or blank text in plain words', () => {
    for (const text of ['', '   \n\t ']) {
      expect(createNote({ text }, context)).toEqual({
        isOk: false,
        error: 'The note is empty. Write what was said or seen, then save.',
      });
    }
  });

  it('refuses text over 4,000 characters after trimming, without repeating it', () => {
    expect(createNote({ text: `  ${'a'.repeat(4000)}  ` }, context).isOk).toBe(true);
    const result = createNote({ text: 'b'.repeat(4001) }, context);
    expect(result).toEqual({
      isOk: false,
      error: 'The note is too long: 4,001 characters, and the most is 4,000. Shorten it or split it.',
    });
  });

  it('refuses a context that would make an invalid record', () => {
    const result = createNote({ text: 'Fine' }, { ...context, id: 'not-a-uuid' });
    expect(result).toEqual({ isOk: false, error: 'The note could not be made: id must be a UUIDv7.' });
  });
});

describe('noteSchema', () => {
  it('accepts a valid note', () => {
    expect(parseSchema(noteSchema, validNote)).toEqual({ isOk: true, value: validNote });
  });

  it('refuses unknown fields', () => {
    expect(errorOf({ ...validNote, patientName: 'x' })).toBe(
      'the record has fields that are not allowed: patientName',
    );
  });

  it('refuses bad enums', () => {
    expect(errorOf({ ...validNote, kind: 'gossip' })).toContain('kind must be one of "patient-comment"');
    expect(errorOf({ ...validNote, sentiment: 'angry' })).toContain('sentiment must be one of "positive"');
    expect(errorOf({ ...validNote, area: 'car-park' })).toContain('area must be one of "bay"');
  });

  it('refuses empty and oversize text', () => {
    expect(errorOf({ ...validNote, text: '   ' })).toBe('text must not be empty');
    expect(errorOf({ ...validNote, text: 'x'.repeat(4001) })).toBe('text must be at most 4,000 characters');
  });

  it('refuses theme codes that are not codes, and too many themes', () => {
    expect(errorOf({ ...validNote, themes: ['Staff manner'] })).toBe(
      'themes[0] must be a theme code such as staff-manner',
    );
    expect(
      errorOf({ ...validNote, themes: Array.from({ length: 21 }, (_, index) => `theme-${index}`) }),
    ).toBe('themes must have at most 20 items');
  });

  it('accepts a note with identifier reasons, and a note from before they existed', () => {
    const withReasons = {
      ...validNote,
      identifierReasons: [{ kind: 'name', reason: 'Staff name in a thank-you' }],
    };
    expect(parseSchema(noteSchema, withReasons)).toEqual({ isOk: true, value: withReasons });
    expect('identifierReasons' in validNote).toBe(false);
    expect(parseSchema(noteSchema, validNote).isOk).toBe(true);
  });

  it('refuses identifier reasons that are empty, of an unknown kind or too long', () => {
    expect(errorOf({ ...validNote, identifierReasons: [] })).toBe(
      'identifierReasons must have at least one item',
    );
    expect(errorOf({ ...validNote, identifierReasons: [{ kind: 'address', reason: 'x' }] })).toContain(
      'identifierReasons[0].kind must be one of',
    );
    expect(errorOf({ ...validNote, identifierReasons: [{ kind: 'name', reason: 'x'.repeat(201) }] })).toBe(
      'identifierReasons[0].reason must be at most 200 characters',
    );
  });

  it('refuses a note that supersedes itself', () => {
    expect(errorOf({ ...validNote, supersedes: validNote.id })).toBe(
      'supersedes must name another note, not the note itself',
    );
  });
});
