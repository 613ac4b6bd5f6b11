// Checking and resolving `create` mutations inside a push transaction (SPEC PUSH-3, PUSH-4, DEV-3,
// DEV-4, CLOCK-2). Inserting them is insert-new-records.ts, a run at a time.
import { mergeIdeas } from '../../domain/ideas/merge-idea';
import { parseRecord, type AnyRecord, type RecordType } from '../../domain/records';
import { ok, type Result } from '../../domain/shared/result';
import type { DeviceRole, Mutation } from '../../sync/protocol';
import { withClampedCreatedAt, withRestampedFields } from './clock-adjustments';
import { parseIncomingRecord } from './parse-incoming-record';
import { rejected, type MutationContext, type MutationOutcome } from './mutation-outcome';
import { canonicalJson, isSameRecord } from './record-equality';
import { loadStoredRecord, updateRecord, type StoredRecord } from './stored-records';

export type CreateMutation = Extract<Mutation, { kind: 'create' }>;

/**
 * The record types each role may create (DEV-3, NOTE-5). A kiosk collects patients' answers only; a
 * correction or deletion of a note is staff work, like the note itself.
 */
export const CREATABLE_RECORD_TYPES = {
  kiosk: ['feedbackResponse'],
  staff: ['feedbackResponse', 'note', 'noteDeletion', 'idea', 'ideaEvent', 'huddle'],
} as const satisfies Record<DeviceRole, readonly RecordType[]>;

const mayCreate = (role: DeviceRole, recordType: RecordType): boolean =>
  (CREATABLE_RECORD_TYPES[role] as readonly RecordType[]).includes(recordType);

const idReused = rejected('id-reused', 'a different record already has this id.');

/** The record parsed by its type, with the clock rules applied (CLOCK-2). */
const parseIncoming = (mutation: CreateMutation, serverNow: Date): Result<AnyRecord> => {
  if (mutation.recordType === 'idea') {
    const idea = parseIncomingRecord('idea', mutation.record);
    return idea.isOk ? ok(withRestampedFields(withClampedCreatedAt(idea.value, serverNow), serverNow)) : idea;
  }
  const parsed = parseIncomingRecord(mutation.recordType, mutation.record);
  return parsed.isOk ? ok(withClampedCreatedAt(parsed.value, serverNow)) : parsed;
};

/**
 * What to do with a create, decided before touching the database: answer it now (rejected, DEV-3,
 * DEV-4, PUSH-4), look it up first (a record another device made), or insert it.
 */
export type PlannedCreate =
  | { kind: 'answered'; outcome: MutationOutcome }
  | { kind: 'made-elsewhere'; record: AnyRecord }
  | { kind: 'insert'; record: AnyRecord };

export const planCreate = (
  { device, serverNow }: MutationContext,
  mutation: CreateMutation,
): PlannedCreate => {
  const answer = (outcome: MutationOutcome): PlannedCreate => ({ kind: 'answered', outcome });
  if (!mayCreate(device.role, mutation.recordType)) {
    return answer(
      rejected(
        'forbidden',
        device.role === 'kiosk'
          ? 'a kiosk may only send feedback responses.'
          : `a ${device.role} device may not send ${mutation.recordType} records.`,
      ),
    );
  }
  const parsed = parseIncoming(mutation, serverNow);
  if (!parsed.isOk) return answer(rejected('invalid-record', parsed.error));
  const record = parsed.value;
  if (record.id !== mutation.recordId)
    return answer(rejected('invalid-record', "recordId is not the record's id."));
  if (record.wardId !== device.wardId) {
    return answer(rejected('wrong-ward', "the record is not for this device's ward."));
  }
  return record.deviceId === device.id ? { kind: 'insert', record } : { kind: 'made-elsewhere', record };
};

/**
 * A create whose id is already stored: a repeat (`duplicate`), a newer copy of an idea (merged,
 * `applied`), or another record under a reused id (`rejected`).
 */
export const resolveAgainstStored = async (
  context: MutationContext,
  mutation: CreateMutation,
  record: AnyRecord,
  stored: StoredRecord,
): Promise<MutationOutcome> => {
  if (stored.wardId !== context.device.wardId || stored.recordType !== mutation.recordType) return idReused;
  if (mutation.recordType !== 'idea') {
    const storedRecord = parseRecord(mutation.recordType, stored.body);
    if (!storedRecord.isOk) throw new Error('A stored record no longer parses.');
    return isSameRecord(storedRecord.value, record, stored.receivedAt) ? { status: 'duplicate' } : idReused;
  }
  // An idea is edited after it is made, so a create sent again (after an epoch change, EPOCH-1) is an
  // older or newer copy of what is stored: join the two (IDEA-1) instead of comparing them.
  const storedIdea = parseRecord('idea', stored.body);
  const incomingIdea = parseRecord('idea', record);
  if (!storedIdea.isOk || !incomingIdea.isOk) throw new Error('A stored idea no longer parses.');
  const merged = mergeIdeas(storedIdea.value, incomingIdea.value);
  if (!merged.isOk) return idReused;
  if (canonicalJson(merged.value.idea) === canonicalJson(storedIdea.value)) return { status: 'duplicate' };
  await updateRecord(context.transaction, mutation.recordId, merged.value.idea, context.seqs.take());
  return { status: 'applied' };
};

/**
 * A record made by another device. A device sends those only when it sends everything it holds
 * again after an epoch change (EPOCH-1): what the server still has is answered as a repeat; a new
 * record must come from the device that made it (DEV-4), so anything else stays in the quarantine.
 */
export const applyCreateMadeElsewhere = async (
  context: MutationContext,
  mutation: CreateMutation,
  record: AnyRecord,
): Promise<MutationOutcome> => {
  const stored = await loadStoredRecord(context.transaction, mutation.recordId);
  if (stored === undefined) return rejected('wrong-device', 'the record was made by another device.');
  return resolveAgainstStored(context, mutation, record, stored);
};
