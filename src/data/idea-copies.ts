/**
 * The two copies of each idea on a device. `ideaBases` holds the server's latest copy (or, until the
 * server has answered, the copy this device created); `ideas` holds the idea as shown, which is always
 * the base with this device's pending `change-idea` entries applied over it, in mutation id order,
 * through `mergeIdeaChanges`. Never a join (`mergeIdeas`) of the two: the server may have re-stamped
 * this device's future-dated edits (CLOCK-2), and a join would bring the future stamps back.
 *
 * An edit's `baseStamp` (the stamp of the value its author saw) is the field's stamp in the last
 * copy that came from the server (`serverFieldStamps`), not the one shown. The two differ only where
 * this device's own edits are shown over the server's copy, and the device's own stamps can be wrong
 * for the server: a tablet whose clock runs ahead has its stamps re-stamped there (CLOCK-2), so its
 * future stamp would claim to have seen edits made on other tablets after it, and the server would
 * replace them without keeping them (IDEA-2). Against its own edits a device never conflicts anyway.
 *
 * Every function here runs inside the caller's `rw` transaction over `ideas`, `ideaBases` and
 * `outbox`, so the shown idea never disagrees with its base and the outbox.
 */
import { z } from 'zod/mini';
import { IDEA_EDITABLE_FIELDS, ideaSchema, type Idea } from '../domain/ideas/idea';
import { mergeIdeaChanges, type IdeaChanges } from '../domain/ideas/merge-idea';
import { formattedHybridTimestampSchema } from '../domain/shared/hybrid-logical-clock';
import type { WardsideDatabase } from './db';
import { outboxEntrySchema } from './outbox';

const ideaBaseRowSchema = z.strictObject({
  id: z.string(),
  base: ideaSchema,
  /** Each field's stamp in the last copy from the server (or as created here, before the server answered). */
  serverFieldStamps: z.record(z.enum(IDEA_EDITABLE_FIELDS), formattedHybridTimestampSchema),
});

type IdeaBaseRow = z.infer<typeof ideaBaseRowSchema>;

const readBaseRow = async (db: WardsideDatabase, ideaId: string): Promise<IdeaBaseRow | null> => {
  const parsed = ideaBaseRowSchema.safeParse(await db.ideaBases.get(ideaId));
  return parsed.success ? parsed.data : null;
};

/**
 * Applies pending edits over a copy of an idea, oldest first. An edit that does not apply (a value
 * that no longer fits its field) is left out of the shown idea; it stays queued for the server to
 * answer, which quarantines it (PUSH-4).
 */
export const applyPendingChanges = (base: Idea, pending: readonly IdeaChanges[]): Idea =>
  pending.reduce((idea, changes) => {
    const merged = mergeIdeaChanges(idea, changes);
    return merged.isOk ? merged.value.idea : idea;
  }, base);

/** This device's pending edits of one idea, oldest first. */
export const readPendingIdeaChanges = async (
  db: WardsideDatabase,
  ideaId: string,
): Promise<IdeaChanges[]> => {
  // The recordId index lists one record's entries in primary key (mutation id) order.
  const rows = await db.outbox.where('recordId').equals(ideaId).toArray();
  const pending: IdeaChanges[] = [];
  for (const row of rows) {
    const parsed = outboxEntrySchema.safeParse(row);
    if (parsed.success && parsed.data.operation === 'change-idea') pending.push(parsed.data.changes);
  }
  return pending;
};

/** The base copy of an idea, or `null` when there is none or it no longer parses. */
export const readIdeaBase = async (db: WardsideDatabase, ideaId: string): Promise<Idea | null> =>
  (await readBaseRow(db, ideaId))?.base ?? null;

/** Each field's stamp as the server last sent it, for the `baseStamp` of a new edit; `null` when unknown. */
export const readServerFieldStamps = async (
  db: WardsideDatabase,
  ideaId: string,
): Promise<IdeaBaseRow['serverFieldStamps'] | null> =>
  (await readBaseRow(db, ideaId))?.serverFieldStamps ?? null;

/** The idea as shown, or `null`. */
export const readShownIdea = async (db: WardsideDatabase, ideaId: string): Promise<Idea | null> => {
  const parsed = ideaSchema.safeParse(await db.ideas.get(ideaId));
  return parsed.success ? parsed.data : null;
};

const showOverBase = async (db: WardsideDatabase, row: IdeaBaseRow): Promise<Idea> => {
  const shown = applyPendingChanges(row.base, await readPendingIdeaChanges(db, row.id));
  await db.ideaBases.put(row);
  await db.ideas.put(shown);
  return shown;
};

/**
 * Stores the server's copy of an idea (or, on creation, this device's own) as its base, and shows it
 * with the pending edits over it.
 */
export const storeIdeaBase = (db: WardsideDatabase, base: Idea): Promise<Idea> =>
  showOverBase(db, { id: base.id, base, serverFieldStamps: base.fieldStamps });

/**
 * Folds an edit the server has accepted into the base, so that "shown = base + pending" still holds
 * once its entry leaves the outbox. The next pull replaces this base with the server's own copy.
 */
export const foldAcceptedChange = async (
  db: WardsideDatabase,
  ideaId: string,
  changes: IdeaChanges,
): Promise<void> => {
  const row = await readBaseRow(db, ideaId);
  if (row === null) return;
  const merged = mergeIdeaChanges(row.base, changes);
  // The server's stamps stay as they were: the server may have re-stamped this edit.
  if (merged.isOk) await db.ideaBases.put({ ...row, base: merged.value.idea });
};

/** Shows the base with the pending edits over it again, after an edit left the outbox unapplied. */
export const refreshShownIdea = async (db: WardsideDatabase, ideaId: string): Promise<void> => {
  const row = await readBaseRow(db, ideaId);
  if (row !== null) await showOverBase(db, row);
};
