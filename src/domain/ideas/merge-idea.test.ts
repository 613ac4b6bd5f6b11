import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHybridTimestamp } from '../shared/hybrid-logical-clock';
import { createUuidV7 } from '../shared/ids';
import { parseSchema } from '../shared/parse-schema';
import type { Result } from '../shared/result';
import {
  IDEA_EDITABLE_FIELDS,
  IDEA_STATUSES,
  MAX_IDEA_CONFLICTS,
  compareIdeaConflicts,
  ideaSchema,
  type Idea,
  type IdeaConflict,
  type IdeaEditableField,
  type IdeaFieldValue,
} from './idea';
import { mergeIdeaChanges, mergeIdeas, type IdeaChanges } from './merge-idea';

const T0 = Date.UTC(2025, 0, 31, 9, 0);
/** Device ids in increasing string order, so node-id tie-breaks are predictable. */
const devices = [2, 3, 4, 5].map((fill) => createUuidV7(Date.UTC(2025, 0, 1), new Uint8Array(10).fill(fill)));
const [deviceA, deviceB, deviceC] = devices as [string, string, string, string];

const stampOf = (nodeId: string, wallTime: number, counter = 0): string =>
  formatHybridTimestamp({ wallTime, counter, nodeId });
const s0 = stampOf(deviceA, T0);

const unwrap = <Value>(result: Result<Value>): Value => {
  if (!result.isOk) throw new Error(result.error);
  return result.value;
};

const parseIdea = (value: unknown): Idea => unwrap(parseSchema(ideaSchema, value));

const baseIdea: Idea = parseIdea({
  id: createUuidV7(T0, new Uint8Array(10).fill(9)),
  wardId: 'ward-7b',
  deviceId: deviceA,
  createdAt: '2025-01-31T09:00:00.000Z',
  schemaVersion: 1,
  title: 'Quiet hours after 10pm',
  description: 'Several comments about noise at night.',
  status: 'idea',
  ownerRole: null,
  nextStep: '',
  nextStepDue: null,
  youSaidWeDid: null,
  isPublished: false,
  isDeleted: false,
  fieldStamps: Object.fromEntries(IDEA_EDITABLE_FIELDS.map((field) => [field, s0])),
  conflicts: [],
});

const apply = (idea: Idea, changes: IdeaChanges) => unwrap(mergeIdeaChanges(idea, changes));

const conflict = (
  field: IdeaEditableField,
  losingValue: IdeaFieldValue,
  losingStamp: string,
): IdeaConflict => ({
  field,
  losingValue,
  losingStamp,
  isResolved: false,
});

describe('mergeIdeaChanges', () => {
  it('IDEA-1, IDEA-2: concurrent edits of one field end equal on both peers, the losing value kept on both', () => {
    const stampA = stampOf(deviceA, T0 + 60_000);
    const stampB = stampOf(deviceB, T0 + 90_000);
    const editA = { title: { value: 'Quiet hours after 11pm', stamp: stampA, baseStamp: s0 } };
    const editB = { title: { value: 'Earplugs on request', stamp: stampB, baseStamp: s0 } };

    const onA = apply(apply(baseIdea, editA).idea, editB);
    const onB = apply(apply(baseIdea, editB).idea, editA);

    const lostA = [conflict('title', 'Quiet hours after 11pm', stampA)];
    expect(onA).toEqual({ idea: expect.anything(), applied: ['title'], lost: lostA });
    expect(onB).toEqual({ idea: expect.anything(), applied: [], lost: lostA });
    expect(onA.idea).toEqual(onB.idea);
    expect(onA.idea.title).toBe('Earplugs on request');
    expect(onA.idea.fieldStamps.title).toBe(stampB);
    expect(onA.idea.conflicts).toEqual(lostA);
  });

  it('IDEA-1: the same wall time and counter are decided by device id, the same way on both peers', () => {
    const editA = { status: { value: 'trying', stamp: stampOf(deviceA, T0 + 1), baseStamp: s0 } };
    const editB = { status: { value: 'parked', stamp: stampOf(deviceB, T0 + 1), baseStamp: s0 } };
    const onA = apply(apply(baseIdea, editA).idea, editB).idea;
    const onB = apply(apply(baseIdea, editB).idea, editA).idea;
    expect(onA).toEqual(onB);
    expect(onA.status).toBe('parked');
    expect(onA.conflicts).toEqual([conflict('status', 'trying', stampOf(deviceA, T0 + 1))]);
  });

  it('IDEA-1: an edit made after seeing the value replaces it without a conflict', () => {
    const first = apply(baseIdea, {
      nextStep: { value: 'Dim the lights in bay 2', stamp: stampOf(deviceA, T0 + 10), baseStamp: s0 },
    }).idea;
    const second = apply(first, {
      nextStep: {
        value: 'Dim the lights in bays 2 and 3',
        stamp: stampOf(deviceB, T0 + 20),
        baseStamp: stampOf(deviceA, T0 + 10),
      },
    });
    expect(second.applied).toEqual(['nextStep']);
    expect(second.lost).toEqual([]);
    expect(second.idea.nextStep).toBe('Dim the lights in bays 2 and 3');
    expect(second.idea.conflicts).toEqual([]);
  });

  it('IDEA-1: a device never conflicts with itself, even with an old base', () => {
    const first = apply(baseIdea, {
      title: { value: 'Quiet hours', stamp: stampOf(deviceB, T0 + 10), baseStamp: s0 },
    });
    const second = apply(first.idea, {
      title: { value: 'Quiet hours at night', stamp: stampOf(deviceB, T0 + 20), baseStamp: s0 },
    });
    expect(second.lost).toEqual([]);
    expect(second.idea.title).toBe('Quiet hours at night');
  });

  it('IDEA-1: edits of different fields on different devices all stand, and a delete merges like any field', () => {
    const deleteOnA = { isDeleted: { value: true, stamp: stampOf(deviceA, T0 + 5), baseStamp: s0 } };
    const ownerOnB = { ownerRole: { value: 'ward manager', stamp: stampOf(deviceB, T0 + 6), baseStamp: s0 } };
    const onA = apply(apply(baseIdea, deleteOnA).idea, ownerOnB);
    const onB = apply(apply(baseIdea, ownerOnB).idea, deleteOnA);
    expect(onA.idea).toEqual(onB.idea);
    expect(onA.idea).toMatchObject({ isDeleted: true, ownerRole: 'ward manager', conflicts: [] });
    expect(onA.lost).toEqual([]);
  });

  it('PUSH-2: a repeated change is a no-op, including one that lost', () => {
    const winning = { title: { value: 'Earplugs', stamp: stampOf(deviceB, T0 + 9), baseStamp: s0 } };
    const losing = { title: { value: 'Quiet hours', stamp: stampOf(deviceA, T0 + 8), baseStamp: s0 } };
    const once = apply(apply(baseIdea, winning).idea, losing);
    expect(once.lost).toHaveLength(1);

    const repeatedWin = apply(once.idea, winning);
    const repeatedLoss = apply(once.idea, losing);
    expect(repeatedWin).toEqual({ idea: once.idea, applied: [], lost: [] });
    expect(repeatedLoss).toEqual({ idea: once.idea, applied: [], lost: [] });
  });

  it('IDEA-1, IDEA-2: two values under one stamp pick the same winner on both peers and keep the other', () => {
    const stamp = stampOf(deviceA, T0 + 1);
    const one = { nextStepDue: { value: '2025-02-07', stamp, baseStamp: s0 } };
    const other = { nextStepDue: { value: '2025-03-01', stamp, baseStamp: s0 } };
    const onA = apply(apply(baseIdea, one).idea, other);
    const onB = apply(apply(baseIdea, other).idea, one);
    expect(onA.idea).toEqual(onB.idea);
    expect(onA.idea.nextStepDue).toBe('2025-03-01');
    expect(onA.lost).toEqual([conflict('nextStepDue', '2025-02-07', stamp)]);
    expect(onB.lost).toEqual([conflict('nextStepDue', '2025-02-07', stamp)]);
  });

  it('refuses a value that does not fit its field, naming the field but never the value', () => {
    const withoutValue = JSON.parse(
      `{"title":{"stamp":"${stampOf(deviceB, T0 + 1)}","baseStamp":"${s0}"}}`,
    ) as IdeaChanges;
    const patientText = 'Mrs Smith in bay 4 said';
    const results = [
      mergeIdeaChanges(baseIdea, {
        status: { value: patientText, stamp: stampOf(deviceB, T0 + 1), baseStamp: s0 },
      }),
      mergeIdeaChanges(baseIdea, {
        title: { value: patientText.repeat(20), stamp: stampOf(deviceB, T0 + 1), baseStamp: s0 },
      }),
      mergeIdeaChanges(baseIdea, {
        isDeleted: { value: patientText, stamp: stampOf(deviceB, T0 + 1), baseStamp: s0 },
      }),
      mergeIdeaChanges(baseIdea, { title: { value: 'Fine', stamp: patientText, baseStamp: s0 } }),
      mergeIdeaChanges(baseIdea, withoutValue),
    ];
    expect(results).toEqual([
      { isOk: false, error: 'status must be one of "idea", "trying", "adopted", "parked"' },
      { isOk: false, error: 'title must be at most 200 characters' },
      { isOk: false, error: 'isDeleted is missing or is not true or false' },
      { isOk: false, error: 'title.stamp must be a hybrid timestamp' },
      { isOk: false, error: 'title.value is missing' },
    ]);
    for (const result of results) expect(JSON.stringify(result)).not.toContain('Smith');
  });

  it('refuses a whole set of changes when one field is bad, and changes that name unknown fields', () => {
    const good = { value: 'Fine', stamp: stampOf(deviceB, T0 + 1), baseStamp: s0 };
    const bad = { value: 'done', stamp: stampOf(deviceB, T0 + 1), baseStamp: s0 };
    expect(mergeIdeaChanges(baseIdea, { title: good, status: bad }).isOk).toBe(false);
    const unknownField = JSON.parse('{"votes":{"value":3}}') as IdeaChanges;
    expect(mergeIdeaChanges(baseIdea, unknownField)).toEqual({
      isOk: false,
      error: 'changes name a field that cannot be edited',
    });
  });

  it(`IDEA-2: keeps the newest ${MAX_IDEA_CONFLICTS} losing values, newest first`, () => {
    let idea = apply(baseIdea, {
      description: { value: 'Final words', stamp: stampOf(deviceC, T0 + 1_000), baseStamp: s0 },
    }).idea;
    for (let minute = 1; minute <= MAX_IDEA_CONFLICTS + 5; minute += 1) {
      idea = apply(idea, {
        description: { value: `Version ${minute}`, stamp: stampOf(deviceA, T0 + minute), baseStamp: s0 },
      }).idea;
    }
    expect(idea.description).toBe('Final words');
    expect(idea.conflicts).toHaveLength(MAX_IDEA_CONFLICTS);
    expect(idea.conflicts[0]?.losingValue).toBe(`Version ${MAX_IDEA_CONFLICTS + 5}`);
    expect(idea.conflicts.at(-1)?.losingValue).toBe('Version 6');
  });
});

describe('mergeIdeas', () => {
  it('IDEA-1: joins two copies the same way from both sides, and reports what gave way', () => {
    const onA = apply(baseIdea, {
      title: { value: 'Quiet hours', stamp: stampOf(deviceA, T0 + 5), baseStamp: s0 },
      status: { value: 'trying', stamp: stampOf(deviceA, T0 + 5), baseStamp: s0 },
    }).idea;
    const onB = {
      ...apply(baseIdea, { title: { value: 'Earplugs', stamp: stampOf(deviceB, T0 + 6), baseStamp: s0 } })
        .idea,
    };

    const ab = unwrap(mergeIdeas(onA, onB));
    const ba = unwrap(mergeIdeas(onB, onA));
    expect(ab).toEqual(ba);
    expect(ab.idea).toMatchObject({ title: 'Earplugs', status: 'trying', conflicts: [] });
    expect(ab.superseded).toEqual([
      { field: 'title', value: 'Quiet hours', stamp: stampOf(deviceA, T0 + 5) },
      { field: 'status', value: 'idea', stamp: s0 },
    ]);
  });

  it('IDEA-2: unions the conflicts of both copies; a conflict resolved on either copy stays resolved', () => {
    const lostTitle = conflict('title', 'Quiet hours', stampOf(deviceA, T0 + 5));
    const lostStatus = conflict('status', 'parked', stampOf(deviceC, T0 + 7));
    const onA = { ...baseIdea, conflicts: [{ ...lostTitle, isResolved: true }] };
    const onB = { ...baseIdea, conflicts: [lostStatus, lostTitle] };
    const expected = [lostStatus, { ...lostTitle, isResolved: true }];
    expect(unwrap(mergeIdeas(onA, onB)).idea.conflicts).toEqual(expected);
    expect(unwrap(mergeIdeas(onB, onA)).idea.conflicts).toEqual(expected);
  });

  it('CLOCK-2: keeps the earlier createdAt, since the server may have clamped a future one', () => {
    const clamped = { ...baseIdea, createdAt: '2025-01-31T08:59:00.000Z' };
    expect(unwrap(mergeIdeas(baseIdea, clamped)).idea.createdAt).toBe('2025-01-31T08:59:00.000Z');
    expect(unwrap(mergeIdeas(clamped, baseIdea)).idea.createdAt).toBe('2025-01-31T08:59:00.000Z');
  });

  it('refuses to join different ideas', () => {
    const other = { ...baseIdea, id: createUuidV7(T0, new Uint8Array(10).fill(8)) };
    expect(mergeIdeas(baseIdea, other)).toEqual({
      isOk: false,
      error: 'These are not copies of the same idea: id differs.',
    });
  });
});

// Property tests: few distinct values and stamps, so that ties and clashes are common.

const valuePools: Record<IdeaEditableField, readonly IdeaFieldValue[]> = {
  title: ['Quiet hours', 'Quiet hours after 10pm', 'Earplugs on request'],
  description: ['', 'Noise at night', 'Several comments'],
  status: IDEA_STATUSES,
  ownerRole: [null, 'ward manager', 'HCA'],
  nextStep: ['', 'Dim the lights'],
  nextStepDue: [null, '2025-02-07', '2025-03-01'],
  youSaidWeDid: [null, 'You said it was noisy at night; we dimmed the lights'],
  isPublished: [true, false],
  isDeleted: [true, false],
};

const fieldArbitrary = fc.constantFrom(...IDEA_EDITABLE_FIELDS);
const valueArbitrary = (field: IdeaEditableField) => fc.constantFrom(...valuePools[field]);
const crowdedStampArbitrary = fc
  .record({
    wallTime: fc.integer({ min: T0, max: T0 + 3 }),
    counter: fc.integer({ min: 0, max: 2 }),
    nodeId: fc.constantFrom(...devices),
  })
  .map(formatHybridTimestamp);

const conflictArbitrary: fc.Arbitrary<IdeaConflict> = fieldArbitrary.chain((field) =>
  fc.record({
    field: fc.constant(field),
    losingValue: valueArbitrary(field),
    losingStamp: crowdedStampArbitrary,
    isResolved: fc.boolean(),
  }),
);

/** A copy of `baseIdea` as some device might hold it: any values and stamps, any known conflicts. */
const copyArbitrary: fc.Arbitrary<Idea> = fc
  .record({
    createdAt: fc.constantFrom('2025-01-31T09:00:00.000Z', '2025-01-31T08:59:00.000Z'),
    fields: fc.tuple(
      ...IDEA_EDITABLE_FIELDS.map((field) =>
        fc.tuple(fc.constant(field), valueArbitrary(field), crowdedStampArbitrary),
      ),
    ),
    conflicts: fc.uniqueArray(conflictArbitrary, {
      maxLength: 12,
      comparator: (a, b) => compareIdeaConflicts(a, b) === 0,
    }),
  })
  .map(({ createdAt, fields, conflicts }) =>
    parseIdea({
      ...baseIdea,
      createdAt,
      ...Object.fromEntries(fields.map(([field, value]) => [field, value])),
      fieldStamps: Object.fromEntries(fields.map(([field, , stamp]) => [field, stamp])),
      conflicts: [...conflicts].sort(compareIdeaConflicts).slice(0, MAX_IDEA_CONFLICTS),
    }),
  );

const join = (a: Idea, b: Idea): Idea => unwrap(mergeIdeas(a, b)).idea;

describe('mergeIdeas properties', () => {
  it('IDEA-1: is commutative, in the idea and in what gave way', () => {
    fc.assert(
      fc.property(copyArbitrary, copyArbitrary, (a, b) => {
        expect(unwrap(mergeIdeas(a, b))).toEqual(unwrap(mergeIdeas(b, a)));
      }),
    );
  });

  it('IDEA-1: is associative', () => {
    fc.assert(
      fc.property(copyArbitrary, copyArbitrary, copyArbitrary, (a, b, c) => {
        expect(join(join(a, b), c)).toEqual(join(a, join(b, c)));
      }),
    );
  });

  it('IDEA-1: is idempotent', () => {
    fc.assert(
      fc.property(copyArbitrary, (a) => {
        expect(unwrap(mergeIdeas(a, a))).toEqual({ idea: a, superseded: [] });
      }),
    );
  });
});

type Edit = { device: number; changes: IdeaChanges };

/** Which device's next edit arrives next: a random interleaving that keeps each device's own order. */
const interleave = (edits: readonly (readonly Edit[])[], order: readonly number[]): Edit[] => {
  const next = edits.map(() => 0);
  const delivered: Edit[] = [];
  for (const device of order) {
    const edit = edits[device]?.[next[device] ?? 0];
    if (edit === undefined) continue;
    delivered.push(edit);
    next[device] = (next[device] ?? 0) + 1;
  }
  return delivered;
};

const applyAll = (edits: readonly Edit[]): Idea =>
  edits.reduce((idea, edit) => apply(idea, edit.changes).idea, baseIdea);

const editedFields = ['title', 'status', 'nextStepDue'] as const;

/**
 * 2–4 devices, each making 1–3 edits one after the other: each edit changes some fields and names as
 * its base the device's own last stamp for the field (or the idea's first stamp), as a device that
 * has not yet heard from the others would. Stamps increase per device and clash often across them.
 */
const deviceEditsArbitrary = (maxEditsPerDevice: number): fc.Arbitrary<Edit[][]> =>
  fc.integer({ min: 2, max: 4 }).chain((deviceCount) =>
    fc.tuple(
      ...devices.slice(0, deviceCount).map((nodeId, device) =>
        fc
          .array(
            fc.record({
              step: fc.integer({ min: 0, max: 2 }),
              fields: fc.subarray([...editedFields], { minLength: 1 }),
              values: fc.tuple(...editedFields.map(valueArbitrary)),
            }),
            { minLength: 1, maxLength: maxEditsPerDevice },
          )
          .map((drafts) => {
            const lastStamps = new Map<IdeaEditableField, string>();
            let wallTime = T0 + 1;
            return drafts.map(({ step, fields, values }, index): Edit => {
              wallTime += step;
              const stamp = stampOf(nodeId, wallTime, index);
              const changes: IdeaChanges = {};
              for (const field of fields) {
                const value = values[editedFields.indexOf(field)];
                changes[field] = { value, stamp, baseStamp: lastStamps.get(field) ?? s0 };
                lastStamps.set(field, stamp);
              }
              return { device, changes };
            });
          }),
      ),
    ),
  );

const orderArbitrary = (edits: readonly (readonly Edit[])[]) =>
  fc.shuffledSubarray(
    edits.flatMap((deviceEdits, device) => deviceEdits.map(() => device)),
    { minLength: edits.flat().length },
  );

describe('mergeIdeaChanges properties', () => {
  it('IDEA-1, IDEA-2: concurrent single edits from 2–4 devices give the same idea in any order', () => {
    fc.assert(
      fc.property(
        deviceEditsArbitrary(1).chain((edits) =>
          fc.tuple(fc.constant(edits), orderArbitrary(edits), orderArbitrary(edits)),
        ),
        ([edits, firstOrder, secondOrder]) => {
          expect(applyAll(interleave(edits, firstOrder))).toEqual(applyAll(interleave(edits, secondOrder)));
        },
      ),
    );
  });

  it('IDEA-1: edit sequences from 2–4 devices reach the same values in any order that keeps each device’s own', () => {
    fc.assert(
      fc.property(
        deviceEditsArbitrary(3).chain((edits) =>
          fc.tuple(fc.constant(edits), orderArbitrary(edits), orderArbitrary(edits)),
        ),
        ([edits, firstOrder, secondOrder]) => {
          const first = applyAll(interleave(edits, firstOrder));
          const second = applyAll(interleave(edits, secondOrder));
          const { conflicts: _first, ...firstValues } = first;
          const { conflicts: _second, ...secondValues } = second;
          expect(firstValues).toEqual(secondValues);
        },
      ),
    );
  });

  it('IDEA-2: a device’s last value for a field is kept whenever another device’s value wins, in any order', () => {
    fc.assert(
      fc.property(
        deviceEditsArbitrary(3).chain((edits) => fc.tuple(fc.constant(edits), orderArbitrary(edits))),
        ([edits, order]) => {
          const idea = applyAll(interleave(edits, order));
          fc.pre(idea.conflicts.length < MAX_IDEA_CONFLICTS);
          for (const field of editedFields) {
            for (const deviceEdits of edits) {
              const last = deviceEdits.findLast((edit) => edit.changes[field] !== undefined)?.changes[field];
              if (last === undefined || last.stamp === idea.fieldStamps[field]) continue;
              expect(idea.conflicts).toContainEqual(
                expect.objectContaining({ field, losingValue: last.value, losingStamp: last.stamp }),
              );
            }
          }
        },
      ),
    );
  });
});
