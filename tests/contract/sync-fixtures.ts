// Records and mutations for the SyncStore contract and the sync tests: valid by default, with ids made
// from a counter so that every call gives a new UUIDv7.
import { randomBytes } from 'node:crypto';
import type { FeedbackResponse } from '../../src/domain/feedback/feedback-response';
import type { Idea } from '../../src/domain/ideas/idea';
import type { Note } from '../../src/domain/notes/note';
import type { NoteDeletion } from '../../src/domain/notes/note-deletion';
import type { RecordOfType, RecordType } from '../../src/domain/records';
import { formatHybridTimestamp } from '../../src/domain/shared/hybrid-logical-clock';
import { createUuidV7, UUID_V7_RANDOM_BYTE_COUNT } from '../../src/domain/shared/ids';
import type { Mutation, PushRequest } from '../../src/sync/protocol';

/** The server's clock in the contract tests: a Monday morning. */
export const baseTime = new Date('2026-03-02T09:00:00.000Z');

export const minutesAfter = (time: Date, minutes: number): Date =>
  new Date(time.getTime() + minutes * 60_000);

export const newId = (at: Date = baseTime): string =>
  createUuidV7(at.getTime(), randomBytes(UUID_V7_RANDOM_BYTE_COUNT));

type Owner = { wardId: string; deviceId: string };

export const makeNote = (owner: Owner, overrides: Partial<Note> = {}): Note => ({
  id: newId(),
  wardId: owner.wardId,
  deviceId: owner.deviceId,
  createdAt: baseTime.toISOString(),
  schemaVersion: 1,
  kind: 'patient-comment',
  text: 'The night staff were kind.',
  sentiment: 'positive',
  themes: [],
  isUrgent: false,
  hasConsentToShare: false,
  area: null,
  capturedByRole: 'HCA',
  supersedes: null,
  ...overrides,
});

/** The tombstone of note `noteId`, made a minute after `baseTime`. */
export const makeNoteDeletion = (
  owner: Owner,
  noteId: string,
  overrides: Partial<NoteDeletion> = {},
): NoteDeletion => ({
  id: newId(minutesAfter(baseTime, 1)),
  wardId: owner.wardId,
  deviceId: owner.deviceId,
  createdAt: minutesAfter(baseTime, 1).toISOString(),
  schemaVersion: 1,
  noteId,
  reason: 'Entered for the wrong patient',
  ...overrides,
});

export const makeFeedback = (owner: Owner, overrides: Partial<FeedbackResponse> = {}): FeedbackResponse => ({
  id: newId(),
  wardId: owner.wardId,
  deviceId: owner.deviceId,
  createdAt: baseTime.toISOString(),
  schemaVersion: 1,
  rating: 1,
  whatWasGood: 'Clean ward.',
  whatCouldBeBetter: '',
  respondent: 'patient',
  assistedBy: 'none',
  language: 'en',
  modeOfCollection: 'other',
  redactions: [],
  ...overrides,
});

export const stampAt = (time: Date, nodeId: string, counter = 0): string =>
  formatHybridTimestamp({ wallTime: time.getTime(), counter, nodeId });

export const makeIdea = (owner: Owner, overrides: Partial<Idea> = {}, stampTime: Date = baseTime): Idea => {
  const stamp = stampAt(stampTime, owner.deviceId);
  return {
    id: newId(),
    wardId: owner.wardId,
    deviceId: owner.deviceId,
    createdAt: baseTime.toISOString(),
    schemaVersion: 1,
    title: 'Quiet hours after 10pm',
    description: 'Several comments about noise at night.',
    status: 'trying',
    ownerRole: 'ward manager',
    nextStep: '',
    nextStepDue: null,
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
    ...overrides,
  };
};

export const createMutation = <Type extends RecordType>(
  mutationId: number,
  recordType: Type,
  record: RecordOfType<Type>,
): Mutation => ({ mutationId, kind: 'create', recordType, recordId: record.id, record });

/** A push of the given mutations, sent at `sentAt` by the device's clock. */
export const pushOf = (mutations: Mutation[], sentAt: Date = baseTime): PushRequest => ({
  sentAt: sentAt.toISOString(),
  mutations,
});
