/**
 * Which notes are no longer current: every note another note supersedes (a correction was saved) and
 * every note a tombstone deletes. Read from index keys only, so no row (and no patient text) is
 * loaded or parsed: `db.notes`' `supersedes` index holds just the corrected notes' ids (IndexedDB
 * leaves a null key out of an index) and `db.noteDeletions`' `noteId` index the deleted notes' ids.
 * A target may be unknown on this device (its note not pulled yet, SPEC NOTE-3); its id is still
 * listed, which is harmless to a caller that filters notes it holds.
 */
import type { WardsideDatabase } from './db';

/** The ids of notes superseded by another note or deleted by a tombstone, read in one transaction. */
export const readRetiredNoteIds = (db: WardsideDatabase): Promise<Set<string>> =>
  db.transaction('r', db.notes, db.noteDeletions, async () => {
    const [supersededIds, deletedIds] = await Promise.all([
      db.notes.orderBy('supersedes').uniqueKeys(),
      db.noteDeletions.orderBy('noteId').uniqueKeys(),
    ]);
    const retired = new Set<string>();
    for (const key of [...supersededIds, ...deletedIds]) {
      if (typeof key === 'string') retired.add(key);
    }
    return retired;
  });
