import { describe, expect, it } from 'vitest';
import { getDeviceIdentity } from './device-repository';
import {
  SYNC_STATE_KEYS,
  readEnrolment,
  readHybridClock,
  readStaffPinLockout,
  readSyncState,
  saveEnrolment,
  updateWardSettings,
  writeStaffPinLockout,
  writeSyncState,
} from './sync-state-repository';
import { createTestEnvironment, openTestDatabase, testEnrolment } from './testing/test-database';

describe('sync state', () => {
  it('reads a device that is not enrolled as starting values', async () => {
    const db = openTestDatabase('sync-state');
    expect(await readEnrolment(db)).toBeNull();
    expect(await readSyncState(db)).toEqual({
      epoch: null,
      cursor: 0,
      lastSentAt: null,
      lastCheckedAt: null,
      lastProblem: null,
      clockSkewMs: null,
    });
  });

  it('stores an enrolment with its epoch, and gives new records the server-assigned device and ward ids', async () => {
    const db = openTestDatabase('sync-state');
    const enrolment = testEnrolment(3);
    await writeSyncState(db, { lastProblem: 'old problem' });
    await saveEnrolment(db, enrolment, 'epoch-1');

    expect(await readEnrolment(db)).toEqual(enrolment);
    expect(await readSyncState(db)).toMatchObject({ epoch: 'epoch-1', cursor: 0, lastProblem: null });
    expect(await getDeviceIdentity(db, createTestEnvironment())).toEqual({
      deviceId: enrolment.deviceId,
      wardId: 'ward-7b',
    });
    expect((await readHybridClock(db, enrolment.deviceId)).nodeId).toBe(enrolment.deviceId);
  });

  it('updates the ward settings held with the enrolment', async () => {
    const db = openTestDatabase('sync-state');
    await saveEnrolment(db, testEnrolment(1), 'epoch-1');
    await updateWardSettings(db, {
      ward: { id: 'ward-7b', name: 'Ward 7B (Elderly care)' },
      role: 'staff',
      staffPin: {
        algorithm: 'PBKDF2-SHA256',
        iterations: 210_000,
        salt: 'ab'.repeat(16),
        hash: 'cd'.repeat(32),
      },
      escalationText: 'Call the nurse in charge on 4455.',
      modeOfCollection: null,
    });
    expect(await readEnrolment(db)).toMatchObject({
      ward: { name: 'Ward 7B (Elderly care)' },
      escalationText: 'Call the nurse in charge on 4455.',
    });
  });

  it('writes and removes status values, and reads damaged ones as absent', async () => {
    const db = openTestDatabase('sync-state');
    await writeSyncState(db, { lastSentAt: '2025-01-31T09:00:00.000Z', clockSkewMs: 1200, lastProblem: 'x' });
    await writeSyncState(db, { lastProblem: null });
    await db.deviceState.put({ key: SYNC_STATE_KEYS.cursor, value: -4 });
    expect(await readSyncState(db)).toMatchObject({
      lastSentAt: '2025-01-31T09:00:00.000Z',
      clockSkewMs: 1200,
      lastProblem: null,
      cursor: 0,
    });
  });

  it('keeps the staff PIN lockout', async () => {
    const db = openTestDatabase('sync-state');
    expect(await readStaffPinLockout(db)).toEqual({ failedAttempts: 0, lockedUntil: null });
    await writeStaffPinLockout(db, { failedAttempts: 5, lockedUntil: '2025-01-31T09:05:00.000Z' });
    expect(await readStaffPinLockout(db)).toEqual({
      failedAttempts: 5,
      lockedUntil: '2025-01-31T09:05:00.000Z',
    });
  });
});
