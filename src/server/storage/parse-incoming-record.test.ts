import { describe, expect, it } from 'vitest';
import { makeFeedback, makeIdea, makeNote, makeNoteDeletion } from '../../../tests/contract/sync-fixtures';
import { parseRecord, RECORD_TYPES, type RecordType } from '../../domain/records';
import { parseIncomingRecord } from './parse-incoming-record';

const owner = { wardId: 'ward-7b', deviceId: '0199a3c0-0000-7000-8000-000000000002' };

/** A valid record of each type whose schema is an object (ideaEvent and huddle are checked as given). */
const validRecords: [RecordType, Record<string, unknown>][] = [
  ['note', makeNote(owner, { themes: ['staff-manner'], supersedes: '0199a3c0-0000-7000-8000-000000000009' })],
  [
    'note',
    makeNote(owner, { identifierReasons: [{ kind: 'name', reason: 'A colleague, thanked by name' }] }),
  ],
  ['feedbackResponse', makeFeedback(owner)],
  ['idea', makeIdea(owner)],
  ['noteDeletion', makeNoteDeletion(owner, '0199a3c0-0000-7000-8000-000000000009')],
];

/** Damaged copies: each field missing, empty, null, of another type, padded or too long; extra fields. */
const variantsOf = (record: Record<string, unknown>): unknown[] => [
  record,
  { ...record, extra: true },
  { ...record, __proto__: { id: 'x' } },
  ...Object.keys(record).flatMap((key) => {
    const { [key]: _removed, ...without } = record;
    return [
      without,
      { ...record, [key]: null },
      { ...record, [key]: '' },
      { ...record, [key]: 7 },
      { ...record, [key]: [] },
      { ...record, [key]: {} },
      { ...record, [key]: `  ${String(record[key])}  ` },
      { ...record, [key]: 'x'.repeat(5000) },
    ];
  }),
  { ...record, id: record.deviceId, supersedes: record.deviceId },
  null,
  'a note',
  [record],
];

describe('parseIncomingRecord', () => {
  it('accepts, produces and rejects (with the same words) exactly what parseRecord does', () => {
    let compared = 0;
    for (const [type, record] of validRecords) {
      for (const value of variantsOf(record)) {
        const expected = parseRecord(type, value);
        const actual = parseIncomingRecord(type, value);
        expect(actual).toEqual(expected);
        // Key order too: the server stores JSON.stringify of what parsing produced.
        expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(400);
  });

  it('parses every record type, and names one it does not know', () => {
    for (const type of RECORD_TYPES) {
      expect(parseIncomingRecord(type, {})).toEqual(parseRecord(type, {}));
    }
    expect(parseIncomingRecord('spaceship' as RecordType, {})).toEqual(
      parseRecord('spaceship' as RecordType, {}),
    );
  });
});
