// Applying a `change-idea` mutation inside a push transaction: merge field by field (SPEC IDEA-1),
// keep what loses (IDEA-2), answer `conflict` when something lost (PUSH-5).
//
// The idea's row needs no lock of its own: every write to a ward, this one included, already holds
// the ward's lock (ward-lock.ts) from before the idea is read until after it is written, and a record
// never moves between wards.
import { IDEA_EDITABLE_FIELDS } from '../../domain/ideas/idea';
import { mergeIdeaChanges } from '../../domain/ideas/merge-idea';
import { parseRecord } from '../../domain/records';
import type { Mutation } from '../../sync/protocol';
import { withRestampedChanges } from './clock-adjustments';
import { rejected, type MutationContext, type MutationOutcome } from './mutation-outcome';
import { loadStoredRecord, updateRecord } from './stored-records';

type ChangeIdeaMutation = Extract<Mutation, { kind: 'change-idea' }>;

export const applyIdeaChange = async (
  { device, seqs, serverNow, transaction }: MutationContext,
  mutation: ChangeIdeaMutation,
): Promise<MutationOutcome> => {
  if (device.role === 'kiosk') return rejected('forbidden', 'a kiosk may not change ideas.');
  const stored = await loadStoredRecord(transaction, mutation.recordId);
  // Another ward's idea is answered exactly like a missing one, so ids of other wards leak nothing.
  if (stored === undefined || stored.recordType !== 'idea' || stored.wardId !== device.wardId) {
    return rejected('unknown-idea', 'there is no such idea on this ward.');
  }
  const idea = parseRecord('idea', stored.body);
  if (!idea.isOk) throw new Error('A stored idea no longer parses.');

  const merged = mergeIdeaChanges(idea.value, withRestampedChanges(mutation.changes, idea.value, serverNow));
  if (!merged.isOk) return rejected('invalid-record', merged.error);
  const { applied, lost } = merged.value;
  if (applied.length === 0 && lost.length === 0) return { status: 'duplicate' };

  await updateRecord(transaction, mutation.recordId, merged.value.idea, seqs.take());
  if (lost.length === 0) return { status: 'applied' };
  const fields = IDEA_EDITABLE_FIELDS.filter((field) => lost.some((conflict) => conflict.field === field));
  return {
    status: 'conflict',
    reason: `Someone else changed ${fields.join(', ')} at the same time; the value that lost is kept with the idea.`,
  };
};
