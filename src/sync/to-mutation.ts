/** An outbox entry as the push request carries it (protocol `Mutation`). */
import type { OutboxEntry } from '../data/outbox';
import type { Mutation } from './protocol';

export const toMutation = (entry: OutboxEntry): Mutation =>
  entry.operation === 'create'
    ? {
        mutationId: entry.mutationId,
        kind: 'create',
        recordType: entry.recordType,
        recordId: entry.recordId,
        record: entry.payload,
      }
    : {
        mutationId: entry.mutationId,
        kind: 'change-idea',
        recordType: 'idea',
        recordId: entry.recordId,
        changes: entry.changes,
      };
