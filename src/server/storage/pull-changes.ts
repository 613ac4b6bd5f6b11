// Pulling changes by cursor (SPEC PULL-2): one indexed range read of the ward's records after the
// cursor, in seq order. Each record is stored once, at the seq of its latest change, so a record
// changed twice since the cursor comes once, in its latest state.
//
// No lock is needed: a pull is one statement, so it reads one snapshot, and seqs become visible in
// order (ward-lock.ts), so nothing can later appear below the cursor it hands back.
import type { Kysely } from 'kysely';
import { parseRecord, isRecordType } from '../../domain/records';
import {
  PROTOCOL_VERSION,
  RECORD_TYPE_SINCE_PROTOCOL,
  type Change,
  type PullResponse,
} from '../../sync/protocol';
import type { DatabaseSchema } from './database-schema';
import { toPublishedIdea } from './published-idea';
import type { AuthenticatedDevice, PullOptions } from './sync-store';

type Row = { record_type: string; body: string; seq: number | string };

const staffChange = (row: Row): Change => {
  if (!isRecordType(row.record_type)) throw new Error('A stored record has an unknown type.');
  const record: unknown = JSON.parse(row.body);
  return { seq: Number(row.seq), recordType: row.record_type, record };
};

/** Kiosks get ideas only, cut down to what patients may see (DEV-3); notes never leave the server for them. */
const kioskChange = (row: Row): Change => {
  const idea = parseRecord('idea', JSON.parse(row.body));
  if (!idea.isOk) throw new Error('A stored idea no longer parses.');
  return { seq: Number(row.seq), recordType: 'publishedIdea', record: toPublishedIdea(idea.value) };
};

export const pullChanges = async (
  db: Kysely<DatabaseSchema>,
  epochOf: (db: Kysely<DatabaseSchema>) => Promise<string>,
  device: AuthenticatedDevice,
  cursor: number,
  limit: number,
  { protocolVersion = PROTOCOL_VERSION }: PullOptions = {},
): Promise<PullResponse> => {
  const isKiosk = device.role === 'kiosk';
  // Types an older client cannot parse are skipped, not held back: its cursor moves past them, and
  // the client pulls from the start once it is updated (NOTE-6).
  const unknownToClient = Object.entries(RECORD_TYPE_SINCE_PROTOCOL).flatMap(([type, since]) =>
    since !== undefined && since > protocolVersion ? [type] : [],
  );
  let query = db
    .selectFrom('records')
    .select(['record_type', 'body', 'seq'])
    .where('ward_id', '=', device.wardId)
    .where('seq', '>', cursor);
  if (isKiosk) query = query.where('record_type', '=', 'idea');
  else if (unknownToClient.length > 0) query = query.where('record_type', 'not in', unknownToClient);
  // One row more than asked for says whether more remain, without counting.
  const rows = await query
    .orderBy('seq')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const changes = page.map(isKiosk ? kioskChange : staffChange);
  return {
    epoch: await epochOf(db),
    changes,
    nextCursor: changes.at(-1)?.seq ?? cursor,
    hasMore: rows.length > limit,
  };
};
