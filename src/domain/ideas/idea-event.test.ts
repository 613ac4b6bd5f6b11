import { describe, expect, it } from 'vitest';
import { createUuidV7 } from '../shared/ids';
import { parseSchema } from '../shared/parse-schema';
import { ideaEventSchema } from './idea-event';

const base = {
  id: createUuidV7(Date.UTC(2025, 1, 1), new Uint8Array(10).fill(4)),
  wardId: 'unenrolled',
  deviceId: createUuidV7(Date.UTC(2025, 0, 1), new Uint8Array(10).fill(2)),
  createdAt: '2025-02-01T08:00:00.000Z',
  schemaVersion: 1,
  ideaId: createUuidV7(Date.UTC(2025, 0, 31), new Uint8Array(10).fill(3)),
};
const noteId = createUuidV7(Date.UTC(2025, 0, 30), new Uint8Array(10).fill(5));

const errorOf = (value: unknown): string => {
  const result = parseSchema(ideaEventSchema, value);
  if (result.isOk) throw new Error('expected a failure');
  return result.error;
};

describe('ideaEventSchema', () => {
  it('accepts each kind with its own payload', () => {
    const events = [
      { kind: 'pdsa-cycle', payload: { plan: 'Dim lights', do: 'Bay 2, one week', study: '', act: '' } },
      { kind: 'comment', payload: { text: 'Night staff agree.' } },
      { kind: 'evidence-added', payload: { recordId: noteId, recordType: 'note' } },
      { kind: 'evidence-removed', payload: { recordId: noteId, recordType: 'feedbackResponse' } },
      { kind: 'vote-added', payload: { voterKey: 'kiosk-session-7f3a' } },
      { kind: 'vote-removed', payload: { voterKey: 'kiosk-session-7f3a' } },
    ];
    for (const event of events) {
      expect(parseSchema(ideaEventSchema, { ...base, ...event })).toEqual({
        isOk: true,
        value: { ...base, ...event },
      });
    }
  });

  it('refuses an unknown kind', () => {
    expect(errorOf({ ...base, kind: 'like', payload: {} })).toBe('kind is not one of the allowed kinds');
  });

  it("refuses another kind's payload and unknown fields", () => {
    expect(errorOf({ ...base, kind: 'comment', payload: { voterKey: 'k' } })).toBe(
      'payload.text is missing or is not text; payload has fields that are not allowed: voterKey',
    );
    expect(errorOf({ ...base, kind: 'comment', payload: { text: 'ok' }, extra: 1 })).toBe(
      'the record has fields that are not allowed: extra',
    );
  });

  it('refuses evidence that is not a comment or observation, and oversize text', () => {
    expect(
      errorOf({ ...base, kind: 'evidence-added', payload: { recordId: noteId, recordType: 'idea' } }),
    ).toBe('payload.recordType must be one of "note", "feedbackResponse"');
    expect(errorOf({ ...base, kind: 'comment', payload: { text: 'x'.repeat(4001) } })).toBe(
      'payload.text must be at most 4,000 characters',
    );
  });
});
