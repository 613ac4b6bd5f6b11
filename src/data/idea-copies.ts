/**
 * The two copies of each idea on a device. `ideaBases` holds the server's latest copy (or, until the
 * server has answered, the copy this device created); `ideas` holds the idea as shown, which is always
 * the base with this device's pending `change-idea` entries applied over it, in mutation id order,
 * through `mergeIdeaChanges`. Never a join (`mergeIdeas`) of the two: the server may have re-stamped
 * this device's future-dated edits (CLOCK-2), and a join would bring the future stamps back.
 *
 * Every function here runs inside the caller's `rw` transaction over `ideas`, `ideaBases` and
 * `outbox`, so the shown idea never disagrees with its base and the outbox.
 */
import { z } from 'zod/mini';
import { ideaSchema, type Idea } from '../domain/ideas/idea';
import { mergeIdeaChanges, type IdeaChanges } from '../domain/ideas/merge-idea';
import type { WardsideDatabase } from './db';
import { outboxEntrySchema } from './outbox';

const ideaBaseRowSchema = z.strictObject({ id: z.string(), base: ideaSchema });

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
export const readIdeaBase = async (db: WardsideDatabase, ideaId: string): Promise<Idea | null> => {
  const parsed = ideaBaseRowSchema.safeParse(await db.ideaBases.get(ideaId));
  return parsed.success ? parsed.data.base : null;
};

/** The idea as shown, or `null`. */
export const readShownIdea = async (db: WardsideDatabase, ideaId: string): Promise<Idea | null> => {
  const parsed = ideaSchema.safeParse(await db.ideas.get(ideaId));
  return parsed.success ? parsed.data : null;
};

/** Stores a new base copy of an idea and shows it with the pending edits over it. */
export const storeIdeaBase = async (db: WardsideDatabase, base: Idea): Promise<Idea> => {
  const shown = applyPendingChanges(base, await readPendingIdeaChanges(db, base.id));
  await db.ideaBases.put({ id: base.id, base });
  await db.ideas.put(shown);
  return shown;
};

/**
 * Folds an edit the server has accepted into the base, so that "shown = base + pending" still holds
 * once its entry leaves the outbox. The next pull replaces this base with the server's own copy.
 */
export const foldAcceptedChange = async (
  db: WardsideDatabase,
  ideaId: string,
  changes: IdeaChanges,
): Promise<void> => {
  const base = await readIdeaBase(db, ideaId);
  if (base === null) return;
  const merged = mergeIdeaChanges(base, changes);
  if (merged.isOk) await db.ideaBases.put({ id: ideaId, base: merged.value.idea });
};

/** Shows the base with the pending edits over it again, after an edit left the outbox unapplied. */
export const refreshShownIdea = async (db: WardsideDatabase, ideaId: string): Promise<void> => {
  const base = await readIdeaBase(db, ideaId);
  if (base !== null) await storeIdeaBase(db, base);
};
