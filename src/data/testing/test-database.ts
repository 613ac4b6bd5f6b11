// Test helpers for data/ and sync/ tests: a database of the test's own (deleted afterwards), a
// controllable device clock and counting random bytes, and an enrolment to store.
import { afterEach } from 'vitest';
import { createUuidV7 } from '../../domain/shared/ids';
import { openWardsideDatabase, type WardsideDatabase } from '../db';
import type { StoredEnrolment } from '../sync-state-repository';

export { createTestEnvironment, type TestEnvironment } from './test-environment';

let databaseCount = 0;
const openDatabases: WardsideDatabase[] = [];

afterEach(async () => {
  await Promise.all(openDatabases.splice(0).map((db) => db.delete()));
});

/** A fresh database with a name no other test uses; deleted after the test. */
export const openTestDatabase = (prefix = 'test'): WardsideDatabase => {
  const db = openWardsideDatabase(`${prefix}-${process.pid}-${++databaseCount}`);
  openDatabases.push(db);
  return db;
};

/** An enrolment as the server would give it, with a device id made from `index`. */
export const testEnrolment = (index = 1, role: StoredEnrolment['role'] = 'staff'): StoredEnrolment => ({
  deviceId: createUuidV7(Date.UTC(2025, 0, 1) + index, new Uint8Array(10).fill(index)),
  token: `token-${index}`.padEnd(40, 'x'),
  ward: { id: 'ward-7b', name: 'Ward 7B' },
  role,
  staffPin: null,
  escalationText: null,
  modeOfCollection: null,
});
