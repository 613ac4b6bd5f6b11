/**
 * Fields and field schemas that every record shares. Every record is identified by its client-made
 * UUIDv7 `id` and nothing else; `createdAt` is the device clock, shown to people but never used to
 * order sync (the server orders changes).
 */
import { z } from 'zod/mini';
import { isUuidV7 } from './ids';
import { SCHEMA_VERSION } from './schema-version';

/** The longest free text a record holds, in UTF-16 code units (JavaScript `length`). */
export const MAX_FREE_TEXT_LENGTH = 4000;

/** A canonical UUIDv7 string. */
export const uuidV7Schema = z.string().check(z.refine(isUuidV7, 'must be a UUIDv7'));

/**
 * A UTC time as `Date.prototype.toISOString` writes it (milliseconds, `Z`). One fixed format means
 * these strings sort by time, which the `createdAt` indexes rely on.
 */
export const isoDateTimeSchema = z.iso.datetime({ precision: 3 });

/** A calendar date, `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date();

/** Free text that may be empty, up to {@link MAX_FREE_TEXT_LENGTH}. */
export const freeTextSchema = z.string().check(z.maxLength(MAX_FREE_TEXT_LENGTH));

/** A staff role as people name it on the ward ("HCA", "ward clerk"); never a person's name. */
export const roleSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(64));

/** The fields every record has; spread into each record's strict object schema. */
export const recordBaseShape = {
  id: uuidV7Schema,
  /** The ward the record belongs to; `'unenrolled'` until the device is enrolled. */
  wardId: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The device that created the record (its UUIDv7). */
  deviceId: uuidV7Schema,
  /** When the device says the record was made: for display only. */
  createdAt: isoDateTimeSchema,
  schemaVersion: z.literal(SCHEMA_VERSION),
};
