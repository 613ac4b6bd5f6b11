/**
 * This device's identity: its UUIDv7 device id, made on first use and kept in `deviceState`, and the
 * ward it belongs to. Every record the device creates carries both.
 */
import { isUuidV7, createUuidV7, UUID_V7_RANDOM_BYTE_COUNT } from '../domain/shared/ids';
import type { WardsideDatabase } from './db';

/** The ward id of a device that is not yet enrolled to a ward (enrolment comes later). */
export const UNENROLLED_WARD_ID = 'unenrolled';

/** Keys in the `deviceState` table. */
export const DEVICE_STATE_KEYS = { deviceId: 'deviceId', wardId: 'wardId' } as const;

/** The clock and randomness of the device, passed in so that tests control them. */
export type DeviceEnvironment = {
  now: () => Date;
  randomBytes: (length: number) => Uint8Array;
};

/** Who this device is. */
export type DeviceIdentity = { deviceId: string; wardId: string };

const isWardId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= 64;

/**
 * Reads this device's identity, creating and storing its device id on first use. Reading and creating
 * happen in one `rw` transaction, so two callers at once (two tabs, two repositories) end up with the
 * same id. A stored id that is not a UUIDv7 (a damaged row) is replaced: records must carry a valid id.
 */
export const getDeviceIdentity = (
  db: WardsideDatabase,
  environment: DeviceEnvironment,
): Promise<DeviceIdentity> =>
  db.transaction('rw', db.deviceState, async () => {
    const [deviceRow, wardRow] = await db.deviceState.bulkGet([
      DEVICE_STATE_KEYS.deviceId,
      DEVICE_STATE_KEYS.wardId,
    ]);
    const wardId = isWardId(wardRow?.value) ? wardRow.value : UNENROLLED_WARD_ID;
    const storedDeviceId = deviceRow?.value;
    if (isUuidV7(storedDeviceId)) {
      return { deviceId: storedDeviceId, wardId };
    }
    const deviceId = createUuidV7(
      environment.now().getTime(),
      environment.randomBytes(UUID_V7_RANDOM_BYTE_COUNT),
    );
    await db.deviceState.put({ key: DEVICE_STATE_KEYS.deviceId, value: deviceId });
    return { deviceId, wardId };
  });
