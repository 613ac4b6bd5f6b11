// The server's tables as Kysely sees them. Each table here is created by a migration in
// src/server/migrations; the two must change together.
//
// Times are ISO 8601 UTC text in one fixed format (`toISOString`), on both databases, so they compare
// and sort as plain strings and read back the same from SQLite and PostgreSQL.
import type { ColumnType, Generated, Selectable } from 'kysely';

/**
 * A 64-bit counter. PostgreSQL's driver returns `bigint` as a string (it may not fit a JavaScript
 * number), SQLite returns a number: read it with `Number(...)`, write a number.
 */
export type CounterColumn = ColumnType<number | string, number, number>;

/** Server-wide settings as key/value text, e.g. the `epoch` that changes when a backup is restored. */
export type ServerMetaTable = {
  key: string;
  value: string;
};

export type ServerMeta = Selectable<ServerMetaTable>;

/** A ward, its per-ward change counter (SPEC PULL-1) and the settings its devices receive. */
export type WardsTable = {
  id: string;
  /** Unique, so the admin CLI can name a ward by it. */
  name: string;
  /** The last seq given to a change in this ward; bumped under the ward's lock. */
  last_seq: CounterColumn;
  /** The staff PIN verifier (PBKDF2-SHA256), all three set together or none. */
  staff_pin_salt: string | null;
  staff_pin_hash: string | null;
  staff_pin_iterations: number | null;
  escalation_text: string | null;
  mode_of_collection: string | null;
  created_at: string;
};

/** An enrolled tablet. Only the SHA-256 of its token is kept (SPEC DEV-1). */
export type DevicesTable = {
  id: string;
  ward_id: string;
  role: string;
  token_hash: string;
  /** The highest mutation id applied from this device (SPEC PUSH-2). */
  last_mutation_id: CounterColumn;
  created_at: string;
  last_seen_at: string | null;
  revoked_at: string | null;
};

/** A single-use enrolment code, by its SHA-256 (SPEC DEV-1). */
export type EnrolmentCodesTable = {
  code_hash: string;
  ward_id: string;
  role: string;
  expires_at: string;
  used_at: string | null;
  used_by_device: string | null;
};

/** Every record in its latest state, at the seq of its latest change (SPEC PULL-2). */
export type RecordsTable = {
  /** The record's own UUIDv7: the primary key is what stops duplicates (SPEC PUSH-3). */
  id: string;
  ward_id: string;
  record_type: string;
  /** The record as JSON text, validated on the way in. */
  body: string;
  seq: CounterColumn;
  created_by_device: string;
  received_at: string;
};

/** Mutations the server refused, kept with their payload so that nothing is discarded (SPEC PUSH-4). */
export type QuarantineTable = {
  id: Generated<CounterColumn>;
  ward_id: string;
  device_id: string;
  mutation_id: CounterColumn;
  record_type: string;
  record_id: string;
  /** The whole mutation as received, as JSON text. */
  payload: string;
  /** Why it was refused, in plain words; never quotes the payload. */
  reason: string;
  received_at: string;
};

/**
 * A record in which the server's identifier check found something, for staff to review (the record is
 * stored all the same). Only kinds and counts are kept, never the text or what was found.
 */
export type IdentifierFlagsTable = {
  record_id: string;
  /** `feedbackResponse`, `note` or `noteDeletion` (0004): the records with free text from patients and about them. */
  record_type: string;
  ward_id: string;
  /** JSON text: `[{ "kind": "phone-number", "count": 1 }, …]`. */
  kinds: string;
  flagged_at: string;
};

export type DatabaseSchema = {
  server_meta: ServerMetaTable;
  wards: WardsTable;
  devices: DevicesTable;
  enrolment_codes: EnrolmentCodesTable;
  records: RecordsTable;
  quarantine: QuarantineTable;
  identifier_flags: IdentifierFlagsTable;
};
