import { afterEach, describe, expect, it } from 'vitest';
import { isUuidV7, uuidV7Timestamp } from '../domain/shared/ids';
import { openWardsideDatabase, type WardsideDatabase } from './db';
import {
  DEVICE_STATE_KEYS,
  UNENROLLED_WARD_ID,
  getDeviceIdentity,
  type DeviceEnvironment,
} from './device-repository';

let databaseCount = 0;
const openDatabases: WardsideDatabase[] = [];

const openTestDatabase = (name = `device-repository-test-${++databaseCount}`): WardsideDatabase => {
  const db = openWardsideDatabase(name);
  openDatabases.push(db);
  return db;
};

afterEach(async () => {
  await Promise.all(openDatabases.splice(0).map((db) => db.delete()));
});

const FIRST_USE_MS = Date.UTC(2025, 0, 1, 8, 0);

const createEnvironment = (): DeviceEnvironment => {
  let seed = 0;
  return {
    now: () => new Date(FIRST_USE_MS),
    randomBytes: (length) => Uint8Array.from({ length }, () => ++seed % 256),
  };
};

describe('getDeviceIdentity', () => {
  it('creates a UUIDv7 device id on first use, from the time given, and returns it from then on', async () => {
    const db = openTestDatabase();
    const first = await getDeviceIdentity(db, createEnvironment());

    expect(isUuidV7(first.deviceId)).toBe(true);
    expect(uuidV7Timestamp(first.deviceId)).toBe(FIRST_USE_MS);
    expect(first.wardId).toBe(UNENROLLED_WARD_ID);
    expect(await getDeviceIdentity(db, createEnvironment())).toEqual(first);
  });

  it('keeps the device id when the database is closed and opened again', async () => {
    const name = `device-repository-reload-${++databaseCount}`;
    const db = openTestDatabase(name);
    const first = await getDeviceIdentity(db, createEnvironment());
    db.close();

    expect(await getDeviceIdentity(openTestDatabase(name), createEnvironment())).toEqual(first);
  });

  it('gives callers at the same moment the same new id', async () => {
    const db = openTestDatabase();
    const identities = await Promise.all([
      getDeviceIdentity(db, createEnvironment()),
      getDeviceIdentity(db, {
        ...createEnvironment(),
        randomBytes: (length) => new Uint8Array(length).fill(9),
      }),
    ]);

    expect(identities[0]).toEqual(identities[1]);
    expect(await db.deviceState.count()).toBe(1);
  });

  it('uses a stored ward id once there is one', async () => {
    const db = openTestDatabase();
    await db.deviceState.put({ key: DEVICE_STATE_KEYS.wardId, value: 'ward-7' });

    expect((await getDeviceIdentity(db, createEnvironment())).wardId).toBe('ward-7');
  });

  it('replaces a stored device id that is not a UUIDv7, and ignores a damaged ward id', async () => {
    const db = openTestDatabase();
    await db.deviceState.bulkPut([
      { key: DEVICE_STATE_KEYS.deviceId, value: 'not-an-id' },
      { key: DEVICE_STATE_KEYS.wardId, value: 42 },
    ]);

    const identity = await getDeviceIdentity(db, createEnvironment());
    expect(isUuidV7(identity.deviceId)).toBe(true);
    expect(identity.wardId).toBe(UNENROLLED_WARD_ID);
    expect((await db.deviceState.get(DEVICE_STATE_KEYS.deviceId))?.value).toBe(identity.deviceId);
  });
});
