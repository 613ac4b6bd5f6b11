import { describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_NAME } from './db';
import { ENROLMENT_LOCATION, parseDeviceFace, readDeviceFace } from './read-device-face';
import { SYNC_STATE_KEYS, saveEnrolment, storedEnrolmentSchema } from './sync-state-repository';
import { openTestDatabase, testEnrolment } from './testing/test-database';

const databaseNames = async () => (await indexedDB.databases()).map(({ name }) => name);

describe('readDeviceFace', () => {
  it('looks where db.ts and sync-state-repository.ts keep the enrolment', () => {
    const db = openTestDatabase('device-face');
    expect(ENROLMENT_LOCATION).toEqual({
      database: DEFAULT_DATABASE_NAME,
      table: db.deviceState.name,
      key: SYNC_STATE_KEYS.enrolment,
    });
  });

  it('reads a tablet with no database as not enrolled, and leaves the database for Dexie to create', async () => {
    const db = openTestDatabase('device-face');
    expect(await readDeviceFace(db.name)).toBeNull();
    expect(await databaseNames()).not.toContain(db.name);

    await saveEnrolment(db, testEnrolment(1, 'kiosk'), 'epoch-1');
    // Dexie created it, at the newest version db.ts declares (an unopened database reports that).
    expect(db.verno).toBe(openTestDatabase('declared-version').verno);
  });

  it('reads a database that holds no enrolment as not enrolled', async () => {
    const db = openTestDatabase('device-face');
    await db.open();
    expect(await readDeviceFace(db.name)).toBeNull();
  });

  it('reads the face of an enrolled kiosk and of an enrolled staff tablet', async () => {
    const kiosk = openTestDatabase('device-face');
    const kioskEnrolment = testEnrolment(1, 'kiosk');
    await saveEnrolment(kiosk, kioskEnrolment, 'epoch-1');
    const staff = openTestDatabase('device-face');
    await saveEnrolment(staff, testEnrolment(2, 'staff'), 'epoch-1');

    expect(await readDeviceFace(kiosk.name)).toEqual({
      deviceId: kioskEnrolment.deviceId,
      role: 'kiosk',
      wardName: 'Ward 7B',
    });
    expect(await readDeviceFace(staff.name)).toMatchObject({ role: 'staff' });
  });

  it('closes its connection, so Dexie can still delete or upgrade the database', async () => {
    const db = openTestDatabase('device-face');
    await saveEnrolment(db, testEnrolment(1), 'epoch-1');
    db.close();
    await readDeviceFace(db.name);
    await db.delete();
    expect(await databaseNames()).not.toContain(db.name);
  });
});

describe('parseDeviceFace', () => {
  const stored = testEnrolment(4, 'kiosk');
  const rowOf = (value: unknown) => ({ key: SYNC_STATE_KEYS.enrolment, value });

  it.each([
    ['no row', undefined],
    ['a row without a value', { key: SYNC_STATE_KEYS.enrolment }],
    ['a string', rowOf('kiosk')],
    ['a device id that is not a UUIDv7', rowOf({ ...stored, deviceId: 'device-1' })],
    ['an upper-case device id', rowOf({ ...stored, deviceId: stored.deviceId.toUpperCase() })],
    ['another role', rowOf({ ...stored, role: 'admin' })],
    ['no ward', rowOf({ ...stored, ward: null })],
    ['a ward name that is not text', rowOf({ ...stored, ward: { id: 'ward-7b', name: 7 } })],
  ])('reads %s as not enrolled', (_, row) => {
    expect(parseDeviceFace(row)).toBeNull();
  });

  it('accepts every enrolment the full schema accepts', () => {
    for (const enrolment of [stored, testEnrolment(5, 'staff'), { ...stored, ward: { id: 'w', name: '' } }]) {
      expect(storedEnrolmentSchema.safeParse(enrolment).success).toBe(true);
      expect(parseDeviceFace(rowOf(enrolment))).toEqual({
        deviceId: enrolment.deviceId,
        role: enrolment.role,
        wardName: enrolment.ward.name,
      });
    }
  });
});
