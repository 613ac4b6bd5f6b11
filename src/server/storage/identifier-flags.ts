// The server's identifier check (DESIGN.md, issue 5): tablets remove identifiers typed by mistake
// before saving, and the server runs the same check (`findIdentifiers`) on the free text of each new
// FeedbackResponse, Note and NoteDeletion (its reason) it stores. A hit does not stop the record: it is stored as sent, and a
// flag says which kinds were found and how many of each, for staff to review and decide. A flag never
// holds the text or the values found, and nothing about the text is logged.
//
// Flags are written in the push transaction, with the records they are about (push-batch.ts), so a
// record is never stored unchecked. Most texts are cleared by a cheap pre-filter first
// (may-hold-identifiers.ts), which keeps ingest within its budget.
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod/mini';
import { REDACTION_KINDS } from '../../domain/feedback/feedback-response';
import type { AnyRecord } from '../../domain/records';
import { findIdentifiers } from '../../domain/redaction/find-identifiers';
import {
  IDENTIFIER_KINDS,
  type IdentifierKind,
  type RedactionCount,
} from '../../domain/redaction/identifier';
import type { DatabaseSchema } from './database-schema';
import { mayHoldIdentifiers } from './may-hold-identifiers';
import type { IdentifierFlag } from './sync-store';

/**
 * The record types whose free text is checked: what patients write, what staff write about them, and
 * why staff deleted a note (a reason such as "wrong patient, meant Mr Jones in bay 2" can name one).
 */
export const FLAGGED_RECORD_TYPES = ['feedbackResponse', 'note', 'noteDeletion'] as const;
export type FlaggedRecordType = (typeof FLAGGED_RECORD_TYPES)[number];

/** A flag about to be written: the record's id and type, and what was found in its texts. */
export type PendingFlag = { recordId: string; recordType: FlaggedRecordType; kinds: RedactionCount[] };

const storedKindsSchema = z.array(
  z.strictObject({ kind: z.enum(REDACTION_KINDS), count: z.int().check(z.positive()) }),
);

/** What the check finds in these texts, counted by kind in `REDACTION_KINDS` order; empty when nothing. */
export const findIdentifierKinds = (texts: readonly string[]): RedactionCount[] => {
  // Nothing is allocated for a text the pre-filter clears: that is nearly every text, on every push.
  let counts: Map<IdentifierKind, number> | undefined;
  for (const text of texts) {
    if (!mayHoldIdentifiers(text)) continue;
    for (const { kind } of findIdentifiers(text)) {
      counts ??= new Map();
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  }
  if (counts === undefined) return [];
  const found = counts;
  return IDENTIFIER_KINDS.flatMap((kind) => {
    const count = found.get(kind);
    return count === undefined ? [] : [{ kind, count }];
  });
};

const flagOf = (
  recordId: string,
  recordType: FlaggedRecordType,
  texts: readonly string[],
): PendingFlag | undefined => {
  const kinds = findIdentifierKinds(texts);
  return kinds.length === 0 ? undefined : { recordId, recordType, kinds };
};

/** The flag for a newly stored record, or `undefined` when it is of another type or nothing was found. */
export const flagFor = (recordType: string, record: AnyRecord): PendingFlag | undefined => {
  if (recordType === 'note' && 'supersedes' in record) return flagOf(record.id, 'note', [record.text]);
  if (recordType === 'noteDeletion' && 'reason' in record) {
    return flagOf(record.id, 'noteDeletion', [record.reason]);
  }
  if (recordType === 'feedbackResponse' && 'whatWasGood' in record) {
    return flagOf(record.id, 'feedbackResponse', [record.whatWasGood, record.whatCouldBeBetter]);
  }
  return undefined;
};

/** Writes flags for records stored in this transaction, in one statement. */
export const insertIdentifierFlags = async (
  transaction: Transaction<DatabaseSchema>,
  wardId: string,
  flags: readonly PendingFlag[],
  flaggedAt: Date,
): Promise<void> => {
  if (flags.length === 0) return;
  const at = flaggedAt.toISOString();
  await transaction
    .insertInto('identifier_flags')
    .values(
      flags.map((flag) => ({
        record_id: flag.recordId,
        record_type: flag.recordType,
        ward_id: wardId,
        kinds: JSON.stringify(flag.kinds),
        flagged_at: at,
      })),
    )
    // A record is stored once (PUSH-3), so this never happens; if it did, the first flag stands.
    .onConflict((conflict) => conflict.column('record_id').doNothing())
    .execute();
};

/** Flags oldest first, of one ward or of all; a stored row that no longer parses is an error. */
export const listIdentifierFlags = async (
  db: Kysely<DatabaseSchema>,
  wardId?: string,
): Promise<IdentifierFlag[]> => {
  let query = db.selectFrom('identifier_flags').selectAll();
  if (wardId !== undefined) query = query.where('ward_id', '=', wardId);
  const rows = await query.orderBy('flagged_at').orderBy('record_id').execute();
  return rows.map((row) => {
    const recordType = FLAGGED_RECORD_TYPES.find((type) => type === row.record_type);
    const kinds = storedKindsSchema.safeParse(JSON.parse(row.kinds));
    if (recordType === undefined || !kinds.success) {
      throw new Error(`The identifier flag of record ${row.record_id} does not parse.`);
    }
    return {
      recordId: row.record_id,
      recordType,
      wardId: row.ward_id,
      kinds: kinds.data,
      flaggedAt: row.flagged_at,
    };
  });
};
