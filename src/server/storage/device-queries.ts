// Enrolment codes, devices and their tokens (SPEC DEV-1, DEV-2). Codes and tokens are kept only as
// SHA-256 hashes (secrets.ts).
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createUuidV7, UUID_V7_RANDOM_BYTE_COUNT } from '../../domain/shared/ids';
import { DEVICE_ROLES, type DeviceRole } from '../../sync/protocol';
import type { DatabaseSchema } from './database-schema';
import {
  createDeviceToken,
  createEnrolmentCode as makeCode,
  formatEnrolmentCode,
  hashSecret,
  normaliseEnrolmentCode,
} from './secrets';
import {
  ENROLMENT_CODE_LIFETIME_MS,
  type AuthenticatedDevice,
  type DeviceSummary,
  type IssuedEnrolmentCode,
} from './sync-store';
import { wardFromRow } from './ward-queries';

/**
 * Last-seen times are for the admin's device list, not an audit log: writing one on every request
 * would make every read a write (on SQLite, a wait for the one writer), so it is refreshed at most
 * once a minute.
 */
const LAST_SEEN_RESOLUTION_MS = 60 * 1000;

const isDeviceRole = (value: string): value is DeviceRole =>
  (DEVICE_ROLES as readonly string[]).includes(value);

const roleOf = (value: string): DeviceRole => {
  // The column has a CHECK constraint, so anything else is a damaged database, not bad input.
  if (!isDeviceRole(value)) throw new Error('A device row holds an unknown role.');
  return value;
};

export const createEnrolmentCode = async (
  db: Kysely<DatabaseSchema>,
  wardId: string,
  role: DeviceRole,
  now: Date,
): Promise<IssuedEnrolmentCode> => {
  const code = makeCode();
  const expiresAt = new Date(now.getTime() + ENROLMENT_CODE_LIFETIME_MS).toISOString();
  await db
    .insertInto('enrolment_codes')
    .values({
      code_hash: hashSecret(code),
      ward_id: wardId,
      role,
      expires_at: expiresAt,
      used_at: null,
      used_by_device: null,
    })
    .execute();
  return { code: formatEnrolmentCode(code), wardId, role, expiresAt };
};

/**
 * Enrols a device: one transaction uses up the code and adds the device. The code is taken by a
 * single conditional UPDATE, so two tablets typing the same code at once cannot both get in.
 */
export const enrolDevice = (db: Kysely<DatabaseSchema>, typedCode: string, now: Date) =>
  db.transaction().execute(async (transaction) => {
    const nowText = now.toISOString();
    const deviceId = createUuidV7(now.getTime(), randomBytes(UUID_V7_RANDOM_BYTE_COUNT));
    const code = await transaction
      .updateTable('enrolment_codes')
      .set({ used_at: nowText, used_by_device: deviceId })
      .where('code_hash', '=', hashSecret(normaliseEnrolmentCode(typedCode)))
      .where('used_at', 'is', null)
      .where('expires_at', '>', nowText)
      .returning(['ward_id', 'role'])
      .executeTakeFirst();
    if (code === undefined) return undefined;
    const token = createDeviceToken();
    const device: AuthenticatedDevice = { id: deviceId, wardId: code.ward_id, role: roleOf(code.role) };
    await transaction
      .insertInto('devices')
      .values({
        id: device.id,
        ward_id: device.wardId,
        role: device.role,
        token_hash: hashSecret(token),
        last_mutation_id: 0,
        created_at: nowText,
        last_seen_at: nowText,
        revoked_at: null,
      })
      .execute();
    const ward = await transaction
      .selectFrom('wards')
      .selectAll()
      .where('id', '=', device.wardId)
      .executeTakeFirstOrThrow();
    return { device, token, ward: wardFromRow(ward) };
  });

export const authenticateDevice = async (
  db: Kysely<DatabaseSchema>,
  token: string,
  now: Date,
): Promise<AuthenticatedDevice | undefined> => {
  const row = await db
    .selectFrom('devices')
    .select(['id', 'ward_id', 'role', 'last_seen_at'])
    .where('token_hash', '=', hashSecret(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const staleBefore = new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS).toISOString();
  if (row.last_seen_at === null || row.last_seen_at < staleBefore) {
    await db
      .updateTable('devices')
      .set({ last_seen_at: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
  }
  return { id: row.id, wardId: row.ward_id, role: roleOf(row.role) };
};

export const listDevices = async (db: Kysely<DatabaseSchema>, wardId: string): Promise<DeviceSummary[]> => {
  const rows = await db
    .selectFrom('devices')
    .select(['id', 'ward_id', 'role', 'created_at', 'last_seen_at', 'revoked_at'])
    .where('ward_id', '=', wardId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    wardId: row.ward_id,
    role: roleOf(row.role),
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    revokedAt: row.revoked_at,
  }));
};

/** Revoking twice keeps the first time. */
export const revokeDevice = async (
  db: Kysely<DatabaseSchema>,
  deviceId: string,
  now: Date,
): Promise<boolean> => {
  const device = await db
    .selectFrom('devices')
    .select('revoked_at')
    .where('id', '=', deviceId)
    .executeTakeFirst();
  if (device === undefined) return false;
  await db
    .updateTable('devices')
    .set({ revoked_at: now.toISOString() })
    .where('id', '=', deviceId)
    .where('revoked_at', 'is', null)
    .execute();
  return true;
};
