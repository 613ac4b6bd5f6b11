import { describe, expect, it } from 'vitest';
import { formatHybridTimestamp } from '../shared/hybrid-logical-clock';
import { createUuidV7 } from '../shared/ids';
import { parseSchema } from '../shared/parse-schema';
import { IDEA_EDITABLE_FIELDS, MAX_IDEA_CONFLICTS, ideaSchema, type Idea, type IdeaConflict } from './idea';

const deviceId = createUuidV7(Date.UTC(2025, 0, 1), new Uint8Array(10).fill(2));
const stamp = formatHybridTimestamp({ wallTime: Date.UTC(2025, 0, 31), counter: 0, nodeId: deviceId });

const validIdea: Idea = {
  id: createUuidV7(Date.UTC(2025, 0, 31), new Uint8Array(10).fill(3)),
  wardId: 'unenrolled',
  deviceId,
  createdAt: '2025-01-31T00:00:00.000Z',
  schemaVersion: 1,
  title: 'Quiet hours after 10pm',
  description: 'Several comments about noise at night.',
  status: 'trying',
  ownerRole: 'ward manager',
  nextStep: 'Dim the lights in bay 2 for a week',
  nextStepDue: '2025-02-07',
  youSaidWeDid: null,
  isPublished: false,
  isDeleted: false,
  fieldStamps: {
    title: stamp,
    description: stamp,
    status: stamp,
    ownerRole: stamp,
    nextStep: stamp,
    nextStepDue: stamp,
    youSaidWeDid: stamp,
    isPublished: stamp,
    isDeleted: stamp,
  },
  conflicts: [],
};

const stampAt = (wallTime: number): string =>
  formatHybridTimestamp({ wallTime, counter: 0, nodeId: deviceId });
const conflict = (overrides: Partial<IdeaConflict> = {}): IdeaConflict => ({
  field: 'title',
  losingValue: 'Quiet hours after 11pm',
  losingStamp: stampAt(Date.UTC(2025, 0, 31)),
  isResolved: false,
  ...overrides,
});

const errorOf = (value: unknown): string => {
  const result = parseSchema(ideaSchema, value);
  if (result.isOk) throw new Error('expected a failure');
  return result.error;
};

describe('ideaSchema', () => {
  it('stamps exactly the editable fields', () => {
    expect(Object.keys(validIdea.fieldStamps)).toEqual([...IDEA_EDITABLE_FIELDS]);
  });

  it('accepts a valid idea', () => {
    expect(parseSchema(ideaSchema, validIdea)).toEqual({ isOk: true, value: validIdea });
  });

  it('refuses unknown fields, including unknown field stamps', () => {
    expect(errorOf({ ...validIdea, votes: 3 })).toBe('the record has fields that are not allowed: votes');
    expect(errorOf({ ...validIdea, fieldStamps: { ...validIdea.fieldStamps, votes: stamp } })).toBe(
      'fieldStamps has fields that are not allowed: votes',
    );
  });

  it('needs a stamp for every editable field, and stamps must be hybrid timestamps', () => {
    const { title: _title, ...withoutTitle } = validIdea.fieldStamps;
    expect(errorOf({ ...validIdea, fieldStamps: withoutTitle })).toBe(
      'fieldStamps.title is missing or is not text',
    );
    expect(errorOf({ ...validIdea, fieldStamps: { ...validIdea.fieldStamps, status: '2025-01-31' } })).toBe(
      'fieldStamps.status must be a hybrid timestamp',
    );
  });

  it('refuses bad enums, dates and oversize text', () => {
    expect(errorOf({ ...validIdea, status: 'done' })).toBe(
      'status must be one of "idea", "trying", "adopted", "parked"',
    );
    expect(errorOf({ ...validIdea, nextStepDue: '07/02/2025' })).toBe(
      'nextStepDue must be a date like 2025-01-31',
    );
    expect(errorOf({ ...validIdea, title: ' ' })).toBe('title must not be empty');
    expect(errorOf({ ...validIdea, description: 'x'.repeat(4001) })).toBe(
      'description must be at most 4,000 characters',
    );
  });

  it('IDEA-2: keeps losing values, each once, newest first', () => {
    const newer = conflict({ losingStamp: stampAt(Date.UTC(2025, 1, 2)) });
    const older = conflict({ field: 'status', losingValue: 'parked', isResolved: true });
    const idea = { ...validIdea, conflicts: [newer, older] };
    expect(parseSchema(ideaSchema, idea)).toEqual({ isOk: true, value: idea });

    expect(errorOf({ ...validIdea, conflicts: [older, newer] })).toBe(
      'conflicts must list each conflict once, newest first',
    );
    expect(errorOf({ ...validIdea, conflicts: [newer, newer] })).toBe(
      'conflicts must list each conflict once, newest first',
    );
  });

  it('IDEA-2: refuses a losing value that does not fit its field, without repeating it', () => {
    expect(errorOf({ ...validIdea, conflicts: [conflict({ field: 'status', losingValue: 'done' })] })).toBe(
      'conflicts[0].losingValue does not fit the field it lost in',
    );
    expect(errorOf({ ...validIdea, conflicts: [{ ...conflict(), winningStamp: stamp }] })).toBe(
      'conflicts[0] has fields that are not allowed: winningStamp',
    );
  });

  it(`keeps at most ${MAX_IDEA_CONFLICTS} conflicts`, () => {
    const conflicts = Array.from({ length: MAX_IDEA_CONFLICTS + 1 }, (_, index) =>
      conflict({ losingStamp: stampAt(Date.UTC(2025, 1, 1) - index) }),
    );
    expect(parseSchema(ideaSchema, { ...validIdea, conflicts: conflicts.slice(1) }).isOk).toBe(true);
    expect(errorOf({ ...validIdea, conflicts })).toBe(
      `conflicts must have at most ${MAX_IDEA_CONFLICTS} items`,
    );
  });
});
