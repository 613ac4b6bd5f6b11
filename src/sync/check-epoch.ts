/**
 * The epoch rule (SPEC EPOCH-1): every push, pull and ward answer carries the server's epoch. The
 * first one a device sees is stored; one that differs from the stored one means the server was
 * restored from a backup, so the device queues again every record it holds and pulls from zero
 * (`requeueEverything`, one transaction with the new epoch and the cursor).
 */
import type { WardsideDatabase } from '../data/db';
import { requeueEverything } from '../data/requeue-everything';
import { readSyncState, writeEpoch } from '../data/sync-state-repository';

/** Whether the answer's epoch was the one stored (`same`) or a new one everything was queued again for. */
export type EpochCheck = 'same' | 'changed';

export const checkEpoch = async (db: WardsideDatabase, epoch: string, now: Date): Promise<EpochCheck> => {
  const stored = (await readSyncState(db)).epoch;
  if (stored === null) {
    await writeEpoch(db, epoch);
    return 'same';
  }
  if (stored === epoch) return 'same';
  await requeueEverything(db, { epoch, now });
  return 'changed';
};
