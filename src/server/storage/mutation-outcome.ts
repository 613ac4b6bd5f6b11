// What applying one mutation can come to, and what each step of a push needs to know.
import type { Transaction } from 'kysely';
import type { MutationStatus, RejectionCode } from '../../sync/protocol';
import type { DatabaseSchema } from './database-schema';
import type { AuthenticatedDevice } from './sync-store';
import type { SeqCounter } from './ward-lock';

export type MutationOutcome =
  { status: Exclude<MutationStatus, 'rejected'>; reason?: string } | { status: 'rejected'; reason: string };

/** A rejection's reason starts with its code (protocol `REJECTION_CODES`); the words never quote input. */
export const rejected = (code: RejectionCode, words: string): MutationOutcome => ({
  status: 'rejected',
  reason: `${code}: ${words}`,
});

export type MutationContext = {
  transaction: Transaction<DatabaseSchema>;
  device: AuthenticatedDevice;
  seqs: SeqCounter;
  serverNow: Date;
};
