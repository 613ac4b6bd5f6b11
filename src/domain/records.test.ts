import { describe, expect, it } from 'vitest';
import { RECORD_TYPES, isRecordType, parseRecord, recordSchemas } from './records';
import { createNote } from './notes/note';
import { createUuidV7 } from './shared/ids';

const note = (() => {
  const result = createNote(
    { text: 'Relative says visiting times are unclear.', kind: 'relative-or-carer-comment' },
    {
      id: createUuidV7(Date.UTC(2025, 0, 31), new Uint8Array(10).fill(1)),
      wardId: 'unenrolled',
      deviceId: createUuidV7(Date.UTC(2025, 0, 1), new Uint8Array(10).fill(2)),
      now: new Date(Date.UTC(2025, 0, 31)),
    },
  );
  if (!result.isOk) throw new Error(result.error);
  return result.value;
})();

describe('RECORD_TYPES', () => {
  it('has a schema for every record type', () => {
    expect(Object.keys(recordSchemas).sort()).toEqual([...RECORD_TYPES].sort());
    expect(RECORD_TYPES.every(isRecordType)).toBe(true);
    expect(isRecordType('ward')).toBe(false);
  });
});

describe('parseRecord', () => {
  it('parses a record of the named type', () => {
    expect(parseRecord('note', note)).toEqual({ isOk: true, value: note });
  });

  it('says which type it was parsing and what is wrong, without the values', () => {
    const result = parseRecord('note', { ...note, kind: 'rumour', text: 'Mr Example, bed 3' });
    expect(result.isOk).toBe(false);
    if (!result.isOk) {
      expect(result.error).toContain('This note record is not valid: kind must be one of');
      expect(result.error).not.toContain('Example');
    }
  });

  it('refuses a record parsed as the wrong type', () => {
    expect(parseRecord('huddle', note).isOk).toBe(false);
  });

  it('refuses an unknown type given at run time', () => {
    expect(parseRecord('ward' as 'note', note)).toEqual({ isOk: false, error: 'Unknown record type.' });
  });
});
