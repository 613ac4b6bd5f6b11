// The SyncStore on Kysely, for SQLite and PostgreSQL alike. Only the ward lock differs between them
// (ward-lock.ts); everything else is the same SQL through Kysely.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './database';
import type { DatabaseSchema } from './database-schema';
import {
  authenticateDevice,
  createEnrolmentCode,
  enrolDevice,
  listDevices,
  revokeDevice,
} from './device-queries';
import { postgresWardLock } from './postgres-ward-lock';
import { pullChanges } from './pull-changes';
import { applyPushBatch } from './push-batch';
import { listIdentifierFlags } from './identifier-flags';
import { listQuarantine } from './quarantine';
import { ensureServerEpoch, readServerEpoch, replaceServerEpoch } from './server-epoch';
import { sqliteWardLock } from './sqlite-ward-lock';
import type { SyncStore } from './sync-store';
import {
  createWard,
  findWard,
  listWards,
  setEscalationText,
  setModeOfCollection,
  setStaffPin,
} from './ward-queries';

/** The epoch is made at server start; a store used before that (a test, the admin CLI) makes it then. */
const epochOf = async (db: Kysely<DatabaseSchema>): Promise<string> =>
  (await readServerEpoch(db)) ?? ensureServerEpoch(db, randomUUID);

/** A SyncStore on an open, migrated database. Closing the database is the caller's job. */
export const createSyncStore = ({ db, dialect }: Pick<Database, 'db' | 'dialect'>): SyncStore => {
  const wardLock = dialect === 'postgres' ? postgresWardLock : sqliteWardLock;
  return {
    dialect,
    getEpoch: () => epochOf(db),
    startNewEpoch: (epoch) => replaceServerEpoch(db, epoch),
    createWard: (name, now) => createWard(db, name, now),
    listWards: () => listWards(db),
    findWard: (idOrName) => findWard(db, idOrName),
    setStaffPin: (wardId, pin) => setStaffPin(db, wardId, pin),
    setEscalationText: (wardId, text) => setEscalationText(db, wardId, text),
    setModeOfCollection: (wardId, mode) => setModeOfCollection(db, wardId, mode),
    createEnrolmentCode: (wardId, role, now) => createEnrolmentCode(db, wardId, role, now),
    enrolDevice: async (code, now) => {
      const enrolment = await enrolDevice(db, code, now);
      return enrolment && { ...enrolment, epoch: await epochOf(db) };
    },
    authenticateDevice: (token, now) => authenticateDevice(db, token, now),
    listDevices: (wardId) => listDevices(db, wardId),
    revokeDevice: (deviceId, now) => revokeDevice(db, deviceId, now),
    applyPushBatch: (device, request, serverNow) =>
      applyPushBatch(db, wardLock, epochOf, device, request, serverNow),
    pullChanges: (device, cursor, limit, options) => pullChanges(db, epochOf, device, cursor, limit, options),
    listQuarantine: (wardId) => listQuarantine(db, wardId),
    listIdentifierFlags: (wardId) => listIdentifierFlags(db, wardId),
  };
};
