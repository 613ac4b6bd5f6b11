import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createUuidV7 } from '../shared/ids';
import { parseSchema } from '../shared/parse-schema';
import { ideaEventSchema, type EvidenceRecordType, type IdeaEvent } from './idea-event';
import { EMPTY_IDEA_SETS, foldIdeaEvents } from './idea-sets';

const T0 = Date.UTC(2025, 1, 1);
const deviceId = createUuidV7(Date.UTC(2025, 0, 1), new Uint8Array(10).fill(2));
const ideaIds = [7, 8].map((fill) => createUuidV7(Date.UTC(2025, 0, 31), new Uint8Array(10).fill(fill)));
const [ideaId, otherIdeaId] = ideaIds as [string, string];
const noteIds = [3, 4, 5].map((fill) => createUuidV7(Date.UTC(2025, 0, 30), new Uint8Array(10).fill(fill)));
const [noteId, secondNoteId] = noteIds as [string, string, string];

let nextEvent = 0;
/** A fresh, valid event id for each event made. */
const newEventId = (): string => {
  nextEvent += 1;
  const bytes = new Uint8Array(10);
  new DataView(bytes.buffer).setUint32(6, nextEvent);
  return createUuidV7(T0 + nextEvent, bytes);
};

const event = (fields: { kind: IdeaEvent['kind']; payload: unknown; ideaId?: string }): IdeaEvent => {
  const parsed = parseSchema(ideaEventSchema, {
    id: newEventId(),
    wardId: 'ward-7b',
    deviceId,
    createdAt: '2025-02-01T08:00:00.000Z',
    schemaVersion: 1,
    ideaId,
    ...fields,
  });
  if (!parsed.isOk) throw new Error(parsed.error);
  return parsed.value;
};

const addVote = (voterKey: string, onIdea = ideaId) =>
  event({ kind: 'vote-added', payload: { voterKey }, ideaId: onIdea });
const removeVote = (voterKey: string, ...adds: IdeaEvent[]) =>
  event({ kind: 'vote-removed', payload: { voterKey, removedEventIds: adds.map((add) => add.id) } });
const addEvidence = (recordId: string, recordType: EvidenceRecordType = 'note') =>
  event({ kind: 'evidence-added', payload: { recordId, recordType } });
const removeEvidence = (recordId: string, ...adds: IdeaEvent[]) =>
  event({
    kind: 'evidence-removed',
    payload: { recordId, recordType: 'note', removedEventIds: adds.map((add) => add.id) },
  });

const setsOf = (events: IdeaEvent[], id = ideaId) => foldIdeaEvents(events).get(id) ?? EMPTY_IDEA_SETS;
const votersOf = (events: IdeaEvent[]) => setsOf(events).votes.map((vote) => vote.voterKey);

describe('foldIdeaEvents', () => {
  it('IDEA-3: counts each voter once, and a withdrawn vote no longer counts', () => {
    const first = addVote('kiosk-session-1');
    const second = addVote('kiosk-session-2');
    expect(setsOf([first, second])).toEqual({
      voteCount: 2,
      votes: [
        { voterKey: 'kiosk-session-1', addEventIds: [first.id] },
        { voterKey: 'kiosk-session-2', addEventIds: [second.id] },
      ],
      evidence: [],
    });
    expect(votersOf([first, second, removeVote('kiosk-session-1', first)])).toEqual(['kiosk-session-2']);
  });

  it('IDEA-3: a voter who withdraws and votes again counts, once', () => {
    const first = addVote('kiosk-session-1');
    const again = addVote('kiosk-session-1');
    const events = [first, removeVote('kiosk-session-1', first), again];
    expect(setsOf(events)).toMatchObject({ voteCount: 1, votes: [{ addEventIds: [again.id] }] });
  });

  it('IDEA-3: an add the remove did not see still stands (add wins), from both tablets’ sides', () => {
    const onTabletA = addVote('staff-3');
    const onTabletB = addVote('staff-3');
    const withdrawnOnA = removeVote('staff-3', onTabletA);
    const seenByA = [onTabletA, withdrawnOnA, onTabletB];
    const seenByB = [onTabletB, onTabletA, withdrawnOnA];
    expect(setsOf(seenByA)).toEqual(setsOf(seenByB));
    expect(setsOf(seenByA)).toMatchObject({ voteCount: 1, votes: [{ addEventIds: [onTabletB.id] }] });
  });

  it('IDEA-3: a remove that arrives before its add still removes it', () => {
    const add = addEvidence(noteId);
    expect(setsOf([removeEvidence(noteId, add), add]).evidence).toEqual([]);
  });

  it("IDEA-3: a remove naming another element's or another idea's add does nothing", () => {
    const vote = addVote('kiosk-session-1');
    const otherIdeaVote = addVote('kiosk-session-1', otherIdeaId);
    const evidence = addEvidence(noteId);
    const events = [
      vote,
      otherIdeaVote,
      evidence,
      removeVote('kiosk-session-2', vote),
      removeEvidence(secondNoteId, evidence),
    ];
    expect(setsOf(events)).toMatchObject({ voteCount: 1, evidence: [{ recordId: noteId }] });
    expect(setsOf([vote, otherIdeaVote, removeVote('kiosk-session-1', otherIdeaVote)]).voteCount).toBe(1);
    expect(
      setsOf([vote, otherIdeaVote, removeVote('kiosk-session-1', otherIdeaVote)], otherIdeaId).voteCount,
    ).toBe(1);
  });

  it('IDEA-3: lists evidence by record, keeps ideas apart, and ignores comments and repeats', () => {
    const later = addEvidence(secondNoteId, 'feedbackResponse');
    const earlier = addEvidence(noteId);
    const comment = event({ kind: 'comment', payload: { text: 'Night staff agree.' }, ideaId: otherIdeaId });
    const folded = foldIdeaEvents([later, earlier, earlier, comment]);
    expect([...folded.keys()]).toEqual([ideaId, otherIdeaId]);
    expect(folded.get(ideaId)?.evidence).toEqual([
      { recordType: 'note', recordId: noteId, addEventIds: [earlier.id] },
      { recordType: 'feedbackResponse', recordId: secondNoteId, addEventIds: [later.id] },
    ]);
    expect(folded.get(otherIdeaId)).toEqual(EMPTY_IDEA_SETS);
  });
});

const voterKeys = ['kiosk-session-1', 'kiosk-session-2', 'staff-3'];

/**
 * A history of adds and removes over two ideas, a few voters and a few records. Each remove names
 * some of the adds of its element made before it (what its tablet had seen), sometimes none of the
 * later ones, so adds and removes race.
 */
const historyArbitrary: fc.Arbitrary<IdeaEvent[]> = fc
  .array(
    fc.record({
      isRemove: fc.boolean(),
      isVote: fc.boolean(),
      idea: fc.constantFrom(...ideaIds),
      voterKey: fc.constantFrom(...voterKeys),
      recordId: fc.constantFrom(...noteIds),
      seen: fc.array(fc.boolean(), { maxLength: 6 }),
    }),
    { maxLength: 30 },
  )
  .map((steps) => {
    const events: IdeaEvent[] = [];
    for (const step of steps) {
      const matching = events.filter(
        (known) =>
          known.ideaId === step.idea &&
          (step.isVote
            ? known.kind === 'vote-added' && known.payload.voterKey === step.voterKey
            : known.kind === 'evidence-added' && known.payload.recordId === step.recordId),
      );
      const named = matching.filter((_, index) => step.seen[index] ?? true);
      if (!step.isRemove || named.length === 0) {
        events.push(
          step.isVote
            ? addVote(step.voterKey, step.idea)
            : event({
                kind: 'evidence-added',
                payload: { recordId: step.recordId, recordType: 'note' },
                ideaId: step.idea,
              }),
        );
        continue;
      }
      const removedEventIds = named.map((add) => add.id);
      events.push(
        step.isVote
          ? event({
              kind: 'vote-removed',
              payload: { voterKey: step.voterKey, removedEventIds },
              ideaId: step.idea,
            })
          : event({
              kind: 'evidence-removed',
              payload: { recordId: step.recordId, recordType: 'note', removedEventIds },
              ideaId: step.idea,
            }),
      );
    }
    return events;
  });

describe('foldIdeaEvents properties', () => {
  it('IDEA-3: any order of the same events, with repeats, folds to the same sets', () => {
    fc.assert(
      fc.property(
        historyArbitrary.chain((events) =>
          fc.tuple(
            fc.constant(events),
            fc.shuffledSubarray(events, { minLength: events.length }),
            fc.subarray(events),
          ),
        ),
        ([events, shuffled, repeats]) => {
          expect(foldIdeaEvents([...shuffled, ...repeats])).toEqual(foldIdeaEvents(events));
        },
      ),
    );
  });

  it('IDEA-3: folding in order agrees with replaying the history one event at a time', () => {
    fc.assert(
      fc.property(historyArbitrary, (events) => {
        const live = new Map<string, Set<string>>();
        const elementOf = (known: IdeaEvent): string =>
          JSON.stringify([
            known.ideaId,
            'voterKey' in known.payload ? known.payload.voterKey : known.payload,
          ]);
        for (const known of events) {
          if (known.kind === 'vote-added' || known.kind === 'evidence-added') {
            live.set(elementOf(known), (live.get(elementOf(known)) ?? new Set()).add(known.id));
          } else if (known.kind === 'vote-removed') {
            const key = JSON.stringify([known.ideaId, known.payload.voterKey]);
            for (const id of known.payload.removedEventIds) live.get(key)?.delete(id);
          } else if (known.kind === 'evidence-removed') {
            const { recordId, recordType } = known.payload;
            const key = JSON.stringify([known.ideaId, { recordId, recordType }]);
            for (const id of known.payload.removedEventIds) live.get(key)?.delete(id);
          }
        }
        const folded = foldIdeaEvents(events);
        for (const id of ideaIds) {
          const sets = folded.get(id) ?? EMPTY_IDEA_SETS;
          const expectedVoters = voterKeys.filter(
            (voterKey) => (live.get(JSON.stringify([id, voterKey]))?.size ?? 0) > 0,
          );
          expect(sets.votes.map((vote) => vote.voterKey)).toEqual(expectedVoters);
          expect(sets.voteCount).toBe(expectedVoters.length);
          const expectedRecords = noteIds.filter(
            (recordId) => (live.get(JSON.stringify([id, { recordId, recordType: 'note' }]))?.size ?? 0) > 0,
          );
          expect(sets.evidence.map((link) => link.recordId)).toEqual(expectedRecords);
        }
      }),
    );
  });
});
