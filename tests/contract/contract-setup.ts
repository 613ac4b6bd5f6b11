// Shared set-up for the SyncStore contract: a fresh store per test, wards with enrolled devices.
import { afterEach, beforeEach } from 'vitest';
import type { Result } from '../../src/domain/shared/result';
import type { Database } from '../../src/server/storage/database';
import type { AuthenticatedDevice, Enrolment, SyncStore, Ward } from '../../src/server/storage/sync-store';
import type { DeviceRole } from '../../src/sync/protocol';
import { baseTime } from './sync-fixtures';

export type StoreUnderTest = {
  store: SyncStore;
  /** The database under the store, for checks the interface does not offer (what is stored). */
  database: Database;
  close(): Promise<void>;
};

export type MakeStore = () => Promise<StoreUnderTest>;

/** Opens a fresh store before each test and closes it after; call the result inside a test. */
export const openStoreForEachTest = (makeStore: MakeStore): (() => StoreUnderTest) => {
  let current: StoreUnderTest | undefined;
  beforeEach(async () => {
    current = await makeStore();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return () => {
    if (current === undefined) throw new Error('The store is opened in beforeEach.');
    return current;
  };
};

export const unwrap = <Value, Failure>(result: Result<Value, Failure>): Value => {
  if (!result.isOk) throw new Error(`Expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
};

export const enrol = async (
  store: SyncStore,
  wardId: string,
  role: DeviceRole,
  now: Date = baseTime,
): Promise<Enrolment> => {
  const { code } = await store.createEnrolmentCode(wardId, role, now);
  const enrolment = await store.enrolDevice(code, now);
  if (enrolment === undefined) throw new Error('A fresh code did not enrol a device.');
  return enrolment;
};

export type WardWithDevices = { ward: Ward; staff: AuthenticatedDevice; kiosk: AuthenticatedDevice };

export const wardWithDevices = async (store: SyncStore, name = 'Ward 7B'): Promise<WardWithDevices> => {
  const ward = unwrap(await store.createWard(name, baseTime));
  const staff = await enrol(store, ward.id, 'staff');
  const kiosk = await enrol(store, ward.id, 'kiosk');
  return { ward, staff: staff.device, kiosk: kiosk.device };
};
