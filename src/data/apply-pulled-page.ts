/**
 * Applying one pull page (SPEC PULL-2, PULL-3): every record in it and the new cursor are written in
 * ONE transaction, so a page cut off half way (a tab closed, a storage error) changes nothing and is
 * pulled again from the old cursor. Each record is parsed by its type first; one that does not parse
 * is skipped and counted (never logged: it may hold patient text). Records are put whole: the server's
 * copy is the truth, including a `createdAt` it clamped (CLOCK-2); a record already stored exactly as
 * pulled is left as it is. An idea becomes the base copy and
 * is shown with this device's pending edits over it (idea-copies.ts), and its stamps move this
 * device's hybrid clock on, so that an edit made after seeing them is stamped above them (IDEA-1).
 */
import type { Idea } from '../domain/ideas/idea';
import type { Note } from '../domain/notes/note';
import { isRecordType, parseRecord, type AnyRecord, type RecordType } from '../domain/records';
import { receiveClock } from '../domain/shared/hybrid-logical-clock';
import type { Table } from 'dexie';
import type { StoredRow, WardsideDatabase } from './db';
import { readEnrolment, readHybridClock, writeCursor, writeHybridClock } from './sync-state-repository';
import { storeIdeaBase } from './idea-copies';
import { isSameStoredRow } from './is-same-stored-row';
import { maxOfStamps } from './max-of-stamps';
import { asParsedNotes } from './note-search-fields';
import { publishedIdeaRowSchema, type PublishedIdeaRow } from './published-ideas';

/** One change of a pull page, as the wire carries it (`Change` in sync/protocol). */
export type PulledChange = { seq: number; recordType: string; record: unknown };

/** What a page did. */
export type PulledPageOutcome = { appliedCount: number; skippedCount: number };

const appendOnlyTables = (db: WardsideDatabase) =>
  ({
    note: db.notes,
    feedbackResponse: db.feedbackResponses,
    ideaEvent: db.ideaEvents,
    huddle: db.huddles,
    // Tombstones of notes (NOTE-2): stored even when the note they delete has not been pulled (NOTE-3).
    noteDeletion: db.noteDeletions,
  }) as const satisfies Record<Exclude<RecordType, 'idea'>, unknown>;

type Sorted = {
  /** Notes apart from the other append-only records: they are written as parsed (asParsedNotes). */
  notes: Note[];
  appendOnly: Map<Exclude<RecordType, 'idea' | 'note'>, AnyRecord[]>;
  ideas: Idea[];
  publishedIdeas: PublishedIdeaRow[];
  skippedCount: number;
};

const sortChanges = (changes: readonly PulledChange[]): Sorted => {
  const sorted: Sorted = { notes: [], appendOnly: new Map(), ideas: [], publishedIdeas: [], skippedCount: 0 };
  for (const change of changes) {
    if (change.recordType === 'publishedIdea') {
      const parsed = publishedIdeaRowSchema.safeParse(change.record);
      if (parsed.success) sorted.publishedIdeas.push(parsed.data);
      else sorted.skippedCount += 1;
      continue;
    }
    if (!isRecordType(change.recordType)) {
      sorted.skippedCount += 1;
      continue;
    }
    if (change.recordType === 'note') {
      const note = parseRecord('note', change.record);
      if (note.isOk) sorted.notes.push(note.value);
      else sorted.skippedCount += 1;
      continue;
    }
    if (change.recordType === 'idea') {
      const idea = parseRecord('idea', change.record);
      if (idea.isOk) sorted.ideas.push(idea.value);
      else sorted.skippedCount += 1;
      continue;
    }
    const parsed = parseRecord(change.recordType, change.record);
    if (!parsed.isOk) {
      sorted.skippedCount += 1;
      continue;
    }
    const list = sorted.appendOnly.get(change.recordType) ?? [];
    list.push(parsed.value);
    sorted.appendOnly.set(change.recordType, list);
  }
  return sorted;
};

/**
 * Puts the records this device does not already hold exactly. A record it holds exactly (its own,
 * pulled back after a push) is not written again: the stored row would be the same, and rewriting it
 * costs all its index entries. Any difference (a createdAt the server clamped, CLOCK-2) is still put
 * whole.
 */
const putChanged = async <Stored extends AnyRecord>(
  table: Table<StoredRow, string>,
  records: readonly Stored[],
  put: (changed: readonly Stored[]) => Promise<unknown> = (changed) => table.bulkPut([...changed]),
): Promise<void> => {
  if (records.length === 0) return;
  const stored = await table.bulkGet(records.map((record) => record.id));
  const changed = records.filter((record, index) => !isSameStoredRow(stored[index], record));
  if (changed.length > 0) await put(changed);
};

/**
 * Applies a page of changes and stores `nextCursor`, atomically. `now` is this device's clock, which
 * the hybrid clock needs to take in the ideas' stamps.
 */
export const applyPulledPage = (
  db: WardsideDatabase,
  page: { changes: readonly PulledChange[]; nextCursor: number },
  now: Date,
): Promise<PulledPageOutcome> => {
  // Parsing happens before the transaction: IndexedDB commits a transaction left idle, so it should
  // do only storage work.
  const sorted = sortChanges(page.changes);
  const tables = appendOnlyTables(db);
  return db.transaction(
    'rw',
    [...Object.values(tables), db.ideas, db.ideaBases, db.publishedIdeas, db.outbox, db.deviceState],
    async () => {
      // Notes are handed over as parsed, so the search fields' middleware does not parse them again.
      await putChanged(tables.note, sorted.notes, (changed) =>
        tables.note.bulkPut([...asParsedNotes(changed)]),
      );
      for (const [recordType, records] of sorted.appendOnly) await putChanged(tables[recordType], records);
      for (const idea of sorted.ideas) await storeIdeaBase(db, idea);
      if (sorted.publishedIdeas.length > 0) await db.publishedIdeas.bulkPut(sorted.publishedIdeas);
      const newest = maxOfStamps(sorted.ideas);
      if (newest !== null) {
        const enrolment = await readEnrolment(db);
        if (enrolment !== null) {
          const received = receiveClock(await readHybridClock(db, enrolment.deviceId), newest, now.getTime());
          // A stamp more than a day ahead of this device is not taken in: see DEFAULT_MAX_CLOCK_DRIFT_MS.
          if (received.isOk) await writeHybridClock(db, received.value);
        }
      }
      await writeCursor(db, page.nextCursor);
      const appliedCount = page.changes.length - sorted.skippedCount;
      return { appliedCount, skippedCount: sorted.skippedCount };
    },
  );
};
