/**
 * Taking answered mutations out of the outbox (SPEC PUSH-5): an entry leaves only once the server has
 * answered it, and a rejected one leaves too, because the server keeps it in its quarantine (PUSH-4).
 * An accepted idea edit is folded into the idea's base copy; a rejected one stops being shown.
 *
 * On a kiosk tablet a feedback response leaves with its entry (SPEC ENG-6): a kiosk stands where any
 * passer-by can reach it, and once the server holds a patient's answers (stored, or quarantined when
 * rejected) the tablet has no reason to keep them. A staff tablet keeps its records.
 */
import type { WardsideDatabase } from './db';
import { foldAcceptedChange, refreshShownIdea } from './idea-copies';
import { outboxEntrySchema } from './outbox';
import { readEnrolment } from './sync-state-repository';

/** One answer from the server, as the outbox needs it. */
export type AnsweredMutation = { mutationId: number; isRejected: boolean };

/**
 * Removes the answered entries, in one transaction with the idea copies they touch and, on a kiosk,
 * the feedback responses they carried. Ids that are not in the outbox (answered twice) are ignored.
 *
 * @returns how many entries were removed
 */
export const removeAnswered = (
  db: WardsideDatabase,
  answered: readonly AnsweredMutation[],
): Promise<number> =>
  db.transaction(
    'rw',
    [db.outbox, db.ideas, db.ideaBases, db.feedbackResponses, db.deviceState],
    async () => {
      const ids = answered.map((answer) => answer.mutationId);
      const rows = await db.outbox.bulkGet(ids);
      const rejectedIdeaIds = new Set<string>();
      const feedbackIds: string[] = [];
      let removed = 0;
      for (const [index, row] of rows.entries()) {
        if (row === undefined) continue;
        removed += 1;
        if (row.operation === 'create' && row.recordType === 'feedbackResponse') {
          if (typeof row.recordId === 'string') feedbackIds.push(row.recordId);
          continue;
        }
        // Only idea edits touch other tables; other creates need no parsing to be removed.
        if (row.operation !== 'change-idea') continue;
        const parsed = outboxEntrySchema.safeParse(row);
        if (parsed.success && parsed.data.operation === 'change-idea') {
          if (answered[index]?.isRejected) rejectedIdeaIds.add(parsed.data.recordId);
          else await foldAcceptedChange(db, parsed.data.recordId, parsed.data.changes);
        }
      }
      await db.outbox.bulkDelete(ids);
      for (const ideaId of rejectedIdeaIds) await refreshShownIdea(db, ideaId);
      // The role is read only when there is feedback to forget: staff tablets sync mostly notes.
      if (feedbackIds.length > 0 && (await readEnrolment(db))?.role === 'kiosk') {
        await db.feedbackResponses.bulkDelete(feedbackIds);
      }
      return removed;
    },
  );
