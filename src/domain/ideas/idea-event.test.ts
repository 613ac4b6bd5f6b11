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
const addEventId = createUuidV7(Date.UTC(2025, 0, 31), new Uint8Array(10).fill(6));

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
      {
        kind: 'evidence-removed',
        payload: { recordId: noteId, recordType: 'feedbackResponse', removedEventIds: [addEventId] },
      },
      { kind: 'vote-added', payload: { voterKey: 'kiosk-session-7f3a' } },
      { kind: 'vote-removed', payload: { voterKey: 'kiosk-session-7f3a', removedEventIds: [addEventId] } },
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

  it('IDEA-3: a remove names the add events it undoes, at least one and at most 100', () => {
    const removeVote = (removedEventIds: unknown) => ({
      ...base,
      kind: 'vote-removed',
      payload: { voterKey: 'kiosk-session-7f3a', removedEventIds },
    });
    expect(errorOf({ ...base, kind: 'vote-removed', payload: { voterKey: 'kiosk-session-7f3a' } })).toBe(
      'payload.removedEventIds is missing or is not a list',
    );
    expect(errorOf(removeVote([]))).toBe('payload.removedEventIds must have at least one item');
    expect(errorOf(removeVote(['not-an-id']))).toBe('payload.removedEventIds[0] must be a UUIDv7');
    expect(errorOf(removeVote(Array.from({ length: 101 }, () => addEventId)))).toBe(
      'payload.removedEventIds must have at most 100 items',
    );
    expect(
      errorOf({ ...base, kind: 'vote-added', payload: { voterKey: 'k', removedEventIds: [addEventId] } }),
    ).toBe('payload has fields that are not allowed: removedEventIds');
  });
});
