import type { IdeaConflict, IdeaEditableField } from '../../domain/ideas/idea';
import { parseHybridTimestamp } from '../../domain/shared/hybrid-logical-clock';

const fieldLabels: Record<IdeaEditableField, string> = {
  title: 'Title',
  description: 'Description',
  status: 'Status',
  ownerRole: 'Owner',
  nextStep: 'Next step',
  nextStepDue: 'Next step due',
  youSaidWeDid: 'You said, we did',
  isPublished: 'Published',
  isDeleted: 'Deleted',
};

export const describeField = (field: IdeaEditableField): string => fieldLabels[field];

/** A kept value as text: words in quotes, yes or no, or "empty". */
export function describeValue(value: IdeaConflict['losingValue']): string {
  if (value === null || value === '') return 'empty';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return `“${value}”`;
}

/**
 * The tablet a lost edit came from, by the end of its device id: the start of a UUIDv7 is its
 * creation time, which tablets enrolled together share. The admin CLI lists the full ids.
 */
export function describeTablet(losingStamp: string, thisDeviceId: string | undefined): string {
  const stamp = parseHybridTimestamp(losingStamp);
  if (!stamp.isOk) return 'an unknown tablet';
  const shortId = stamp.value.nodeId.slice(-6);
  return stamp.value.nodeId === thisDeviceId ? `this tablet (${shortId})` : `tablet ${shortId}`;
}

/** When the lost edit was made, by the stamp's wall time (that tablet's clock). */
export function lostEditTime(losingStamp: string): Date | null {
  const stamp = parseHybridTimestamp(losingStamp);
  return stamp.isOk ? new Date(stamp.value.wallTime) : null;
}
