/**
 * After the server's epoch changes (it was restored from a backup, SPEC EPOCH-1), the device queues
 * again every record it holds, its own and those it pulled from other devices, and pulls from the
 * start. The restored server answers what it still has as `duplicate` (PUSH-3), takes back what it
 * lost from the device that made it, and quarantines other devices' records it does not know (DEV-4)
 * until their own device sends them; so nothing any device holds is lost.
 */
import type { IdeaChanges } from '../domain/ideas/merge-idea';
import { parseRecord, type RecordType } from '../domain/records';
import type { StoredRow, WardsideDatabase } from './db';
import { readIdeaBase } from './idea-copies';
import { outboxEntrySchema } from './outbox';
import { SYNC_STATE_KEYS } from './sync-state-repository';

/** What was queued again. */
export type RequeueOutcome = { queuedCount: number; skippedCount: number };

/**
 * In one transaction: replaces the outbox with a `create` of every record held (an idea as its base
 * copy), followed by the pending idea edits in their old order, all under new mutation ids; sets the
 * cursor to zero and stores the new epoch. Rows that no longer parse are skipped and counted.
 */
export const requeueEverything = (
  db: WardsideDatabase,
  { epoch, now }: { epoch: string; now: Date },
): Promise<RequeueOutcome> =>
  db.transaction(
    'rw',
    [
      db.notes,
      db.noteDeletions,
      db.feedbackResponses,
      db.huddles,
      db.ideas,
      db.ideaEvents,
      db.ideaBases,
      db.outbox,
      db.deviceState,
    ],
    async () => {
      const queuedAt = now.toISOString();
      const pendingChanges: { recordId: string; changes: IdeaChanges }[] = [];
      for (const row of await db.outbox.toArray()) {
        const parsed = outboxEntrySchema.safeParse(row);
        if (parsed.success && parsed.data.operation === 'change-idea') pendingChanges.push(parsed.data);
      }

      const entries: StoredRow[] = [];
      let skippedCount = 0;
      const queueTable = async (recordType: RecordType, rows: StoredRow[]): Promise<void> => {
        for (const row of rows) {
          const parsed = parseRecord(recordType, row);
          if (!parsed.isOk) {
            skippedCount += 1;
            continue;
          }
          const record =
            recordType === 'idea'
              ? ((await readIdeaBase(db, parsed.value.id)) ?? parsed.value)
              : parsed.value;
          entries.push({ recordType, recordId: record.id, operation: 'create', payload: record, queuedAt });
        }
      };
      await queueTable('note', await db.notes.toArray());
      // After the notes, so that a restored server meets a note before its tombstone where it can.
      await queueTable('noteDeletion', await db.noteDeletions.toArray());
      await queueTable('feedbackResponse', await db.feedbackResponses.toArray());
      await queueTable('huddle', await db.huddles.toArray());
      await queueTable('idea', await db.ideas.toArray());
      await queueTable('ideaEvent', await db.ideaEvents.toArray());
      for (const { recordId, changes } of pendingChanges) {
        entries.push({ recordType: 'idea', recordId, operation: 'change-idea', changes, queuedAt });
      }

      await db.outbox.clear();
      // One bulkAdd assigns increasing mutation ids in array order, above every id used before.
      await db.outbox.bulkAdd(entries);
      await db.deviceState.bulkPut([
        { key: SYNC_STATE_KEYS.cursor, value: 0 },
        { key: SYNC_STATE_KEYS.epoch, value: epoch },
      ]);
      return { queuedCount: entries.length, skippedCount };
    },
  );
