// Applying a `create` mutation inside a push transaction (SPEC PUSH-3, PUSH-4, DEV-3, DEV-4, CLOCK-2).
import { mergeIdeas } from '../../domain/ideas/merge-idea';
import { parseRecord, type AnyRecord } from '../../domain/records';
import { err, ok, type Result } from '../../domain/shared/result';
import type { Mutation } from '../../sync/protocol';
import { withClampedCreatedAt, withRestampedFields } from './clock-adjustments';
import { rejected, type MutationContext, type MutationOutcome } from './mutation-outcome';
import { canonicalJson, isSameRecord } from './record-equality';
import { insertRecordIfNew, loadStoredRecord, updateRecord, type StoredRecord } from './stored-records';

type CreateMutation = Extract<Mutation, { kind: 'create' }>;

const idReused = rejected('id-reused', 'a different record already has this id.');

/** The record parsed by its type, with the clock rules applied (CLOCK-2). */
const parseIncoming = (mutation: CreateMutation, serverNow: Date): Result<AnyRecord> => {
  if (mutation.recordType === 'idea') {
    const idea = parseRecord('idea', mutation.record);
    return idea.isOk ? ok(withRestampedFields(withClampedCreatedAt(idea.value, serverNow), serverNow)) : idea;
  }
  const parsed = parseRecord(mutation.recordType, mutation.record);
  return parsed.isOk ? ok(withClampedCreatedAt(parsed.value, serverNow)) : parsed;
};

/** The record, checked against its schema and against what the token proves (DEV-3, DEV-4). */
const acceptRecord = (
  { device, serverNow }: MutationContext,
  mutation: CreateMutation,
): Result<AnyRecord, MutationOutcome> => {
  if (device.role === 'kiosk' && mutation.recordType !== 'feedbackResponse') {
    return err(rejected('forbidden', 'a kiosk may only send feedback responses.'));
  }
  const parsed = parseIncoming(mutation, serverNow);
  if (!parsed.isOk) return err(rejected('invalid-record', parsed.error));
  if (parsed.value.id !== mutation.recordId) {
    return err(rejected('invalid-record', "recordId is not the record's id."));
  }
  if (parsed.value.wardId !== device.wardId) {
    return err(rejected('wrong-ward', "the record is not for this device's ward."));
  }
  return parsed;
};

/**
 * A create whose id is already stored: a repeat (`duplicate`), a newer copy of an idea (merged,
 * `applied`), or another record under a reused id (`rejected`).
 */
const resolveAgainstStored = async (
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

export const applyCreate = async (
  context: MutationContext,
  mutation: CreateMutation,
): Promise<MutationOutcome> => {
  const accepted = acceptRecord(context, mutation);
  if (!accepted.isOk) return accepted.error;
  const record = accepted.value;
  const { device, seqs, serverNow, transaction } = context;

  if (record.deviceId !== device.id) {
    // A device sends records it did not make only when it sends everything it holds again after an
    // epoch change (EPOCH-1): those the server still has are answered as repeats; a new record must
    // come from the device that made it (DEV-4), so anything else stays in the quarantine.
    const stored = await loadStoredRecord(transaction, mutation.recordId);
    if (stored === undefined) {
      return rejected('wrong-device', 'the record was made by another device.');
    }
    return resolveAgainstStored(context, mutation, record, stored);
  }

  const isInserted = await insertRecordIfNew(transaction, {
    id: record.id,
    wardId: device.wardId,
    recordType: mutation.recordType,
    record,
    seq: seqs.next(),
    deviceId: device.id,
    receivedAt: serverNow.toISOString(),
  });
  if (isInserted) {
    seqs.take();
    return { status: 'applied' };
  }
  const stored = await loadStoredRecord(transaction, mutation.recordId);
  if (stored === undefined) throw new Error('A record that blocked an insert is gone.');
  return resolveAgainstStored(context, mutation, record, stored);
};
