/**
 * Which notes are no longer current (SPEC NOTE-1 to NOTE-4): every note another note supersedes,
 * every correction that lost a fork (two tablets correcting one version offline), and every version
 * of a deleted note. Read from index keys only, so no row (and no patient text) is loaded or parsed:
 * `db.notes`' `supersedes` index lists exactly the corrections (IndexedDB leaves a null key out of an
 * index), each with the id of the version it corrects, and `db.noteDeletions`' `noteId` index the
 * deleted notes. `retiredNoteIdsOf` (domain) decides from those links, as `buildNoteHistory` does.
 * A target may be unknown on this device (its note not pulled yet, NOTE-3); its id is still listed,
 * which is harmless to a caller that filters the notes it holds.
 */
import { Dexie, type PromiseExtended } from 'dexie';
import { retiredNoteIdsOf, type NoteVersionLink } from '../domain/notes/note-versions';
import type { WardsideDatabase } from './db';

/**
 * The ids of notes that are not current, read within a transaction the caller holds on `db.notes` and
 * `db.noteDeletions`. Both reads are asked for at once and it starts no transaction of its own, so a
 * caller that reads alongside (the recent-entries page) waits one round trip for them, not two.
 */
export const readRetiredNoteIdsWithin = (db: WardsideDatabase): PromiseExtended<Set<string>> => {
  const links: NoteVersionLink[] = [];
  return Dexie.Promise.all([
    db.notes.orderBy('supersedes').eachKey((supersedes, cursor) => {
      const id = cursor.primaryKey;
      if (typeof supersedes === 'string' && typeof id === 'string') links.push({ id, supersedes });
    }),
    db.noteDeletions.orderBy('noteId').uniqueKeys(),
  ]).then(([, deletedIds]) =>
    retiredNoteIdsOf(
      links,
      deletedIds.filter((key): key is string => typeof key === 'string'),
    ),
  );
};

/** The ids of notes that are not current, read in one transaction of their own. */
export const readRetiredNoteIds = (db: WardsideDatabase): Promise<Set<string>> =>
  db.transaction('r', db.notes, db.noteDeletions, () => readRetiredNoteIdsWithin(db));
