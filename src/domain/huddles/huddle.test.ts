import { describe, expect, it } from 'vitest';
import { createUuidV7 } from '../shared/ids';
import { parseSchema } from '../shared/parse-schema';
import { huddleSchema, type Huddle } from './huddle';

const validHuddle: Huddle = {
  id: createUuidV7(Date.UTC(2025, 1, 3, 7, 45), new Uint8Array(10).fill(6)),
  wardId: 'unenrolled',
  deviceId: createUuidV7(Date.UTC(2025, 0, 1), new Uint8Array(10).fill(2)),
  createdAt: '2025-02-03T07:55:00.000Z',
  schemaVersion: 1,
  heldAt: '2025-02-03T07:45:00.000Z',
  attendeeRoles: ['nurse', 'HCA', 'HCA', 'ward clerk'],
  reviewedIdeaIds: [createUuidV7(Date.UTC(2025, 0, 31), new Uint8Array(10).fill(3))],
  reviewedNoteIds: [],
  summary: 'Keep quiet hours for another week.',
};

const errorOf = (value: unknown): string => {
  const result = parseSchema(huddleSchema, value);
  if (result.isOk) throw new Error('expected a failure');
  return result.error;
};

describe('huddleSchema', () => {
  it('accepts a valid huddle', () => {
    expect(parseSchema(huddleSchema, validHuddle)).toEqual({ isOk: true, value: validHuddle });
  });

  it('refuses unknown fields', () => {
    expect(errorOf({ ...validHuddle, attendeeNames: ['x'] })).toBe(
      'the record has fields that are not allowed: attendeeNames',
    );
  });

  it('refuses bad ids, empty roles, bad times and oversize text', () => {
    expect(errorOf({ ...validHuddle, reviewedNoteIds: ['note-1'] })).toBe(
      'reviewedNoteIds[0] must be a UUIDv7',
    );
    expect(errorOf({ ...validHuddle, attendeeRoles: ['  '] })).toBe('attendeeRoles[0] must not be empty');
    expect(errorOf({ ...validHuddle, heldAt: 'Monday' })).toContain('heldAt must be a UTC date and time');
    expect(errorOf({ ...validHuddle, summary: 'x'.repeat(4001) })).toBe(
      'summary must be at most 4,000 characters',
    );
  });
});
