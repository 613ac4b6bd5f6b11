import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDeviceIdentity } from '../../src/data/device-repository';
import { readEnrolment, readSyncState } from '../../src/data/sync-state-repository';
import { createTestEnvironment, openTestDatabase } from '../../src/data/testing/test-database';
import { isUuidV7 } from '../../src/domain/shared/ids';
import type { Ward } from '../../src/server/storage/sync-store';
import { enrolDevice, refreshWard } from '../../src/sync/enrol-device';
import { checkStaffPin } from '../../src/sync/staff-pin';
import { createInMemoryNetwork, type InMemoryNetwork } from '../support/in-memory-transport';

let network: InMemoryNetwork;
let ward: Ward;
beforeEach(async () => {
  network = await createInMemoryNetwork();
  ward = await network.createWard('Ward 7B');
});
afterEach(async () => {
  await network.close();
});

const storage = (isGranted: boolean) => ({ persist: async () => isGranted });

describe('enrolDevice', () => {
  it('DEV-1: stores the enrolment, gives new records the server device id and ward, and asks to keep storage', async () => {
    const db = openTestDatabase('enrol');
    const code = await network.createEnrolmentCode(ward.id, 'staff');

    const enrolled = await enrolDevice({
      db,
      transport: network.createTransport(),
      code,
      storage: storage(true),
    });

    expect(enrolled).toEqual({
      isOk: true,
      value: { role: 'staff', ward: { id: ward.id, name: 'Ward 7B' }, isStoragePersisted: true },
    });
    const enrolment = await readEnrolment(db);
    expect(isUuidV7(enrolment?.deviceId)).toBe(true);
    expect(await getDeviceIdentity(db, createTestEnvironment())).toEqual({
      deviceId: enrolment?.deviceId,
      wardId: ward.id,
    });
    expect((await readSyncState(db)).epoch).toBe(await network.store.getEpoch());
  });

  it('reports a refused request to keep storage, so the setup screen can warn', async () => {
    const db = openTestDatabase('enrol');
    const code = await network.createEnrolmentCode(ward.id, 'kiosk');
    const enrolled = await enrolDevice({
      db,
      transport: network.createTransport(),
      code,
      storage: storage(false),
    });
    expect(enrolled.isOk && enrolled.value).toMatchObject({ role: 'kiosk', isStoragePersisted: false });
  });

  it('DEV-1: refuses a used, unknown or malformed code and stores nothing', async () => {
    const db = openTestDatabase('enrol');
    const transport = network.createTransport();
    const code = await network.createEnrolmentCode(ward.id, 'staff');
    await enrolDevice({ db: openTestDatabase('enrol-first'), transport, code });

    expect(await enrolDevice({ db, transport, code })).toEqual({ isOk: false, error: 'invalid-code' });
    expect(await enrolDevice({ db, transport, code: 'ABCDE-FGHJK' })).toEqual({
      isOk: false,
      error: 'invalid-code',
    });
    expect(await enrolDevice({ db, transport, code: '12' })).toEqual({ isOk: false, error: 'invalid-code' });
    expect(await readEnrolment(db)).toBeNull();
  });

  it('says when the server cannot be reached or has a problem', async () => {
    const db = openTestDatabase('enrol');
    const transport = network.createTransport();
    const code = await network.createEnrolmentCode(ward.id, 'staff');
    network.failNext('drop-request');
    expect(await enrolDevice({ db, transport, code })).toEqual({ isOk: false, error: 'no-connection' });
    network.failNext({ status: 503 });
    expect(await enrolDevice({ db, transport, code })).toEqual({ isOk: false, error: 'server-problem' });
    network.failNext({ status: 426, body: { error: 'client-too-old', message: 'Update.' } });
    expect(await enrolDevice({ db, transport, code })).toEqual({ isOk: false, error: 'needs-update' });
    expect((await enrolDevice({ db, transport, code })).isOk).toBe(true);
  });
});

describe('refreshWard', () => {
  it('brings a PIN and escalation text set after enrolment to a staff tablet', async () => {
    const db = openTestDatabase('refresh-ward');
    const transport = network.createTransport();
    await enrolDevice({ db, transport, code: await network.createEnrolmentCode(ward.id, 'staff') });
    expect((await readEnrolment(db))?.staffPin).toBeNull();

    const verifier = await network.store.setStaffPin(ward.id, '2468');
    await network.store.setEscalationText(ward.id, 'Tell the nurse in charge now.');
    const refreshed = await refreshWard({ db, transport });

    expect(refreshed.isOk).toBe(true);
    expect(await readEnrolment(db)).toMatchObject({
      staffPin: verifier.isOk ? verifier.value : 'no verifier',
      escalationText: 'Tell the nurse in charge now.',
    });
  });
});

describe('the staff PIN on a kiosk tablet', () => {
  it('DEV-3: a kiosk takes the PIN verifier at enrolment and a new one at refresh, and checks the PIN with no network', async () => {
    const db = openTestDatabase('kiosk-pin');
    const transport = network.createTransport();
    await network.store.setStaffPin(ward.id, '2468');
    const enrolled = await enrolDevice({
      db,
      transport,
      code: await network.createEnrolmentCode(ward.id, 'kiosk'),
    });
    expect(enrolled.isOk && enrolled.value.role).toBe('kiosk');

    // checkStaffPin never touches the network: the verifier is on the tablet.
    const now = () => new Date();
    expect(await checkStaffPin({ db, pin: '1111', now })).toEqual({ kind: 'wrong-pin', triesLeft: 4 });
    expect(await checkStaffPin({ db, pin: '2468', now })).toEqual({ kind: 'unlocked' });

    await network.store.setStaffPin(ward.id, '97531');
    expect((await refreshWard({ db, transport })).isOk).toBe(true);
    expect(await checkStaffPin({ db, pin: '2468', now })).toEqual({ kind: 'wrong-pin', triesLeft: 4 });
    expect(await checkStaffPin({ db, pin: '97531', now })).toEqual({ kind: 'unlocked' });
  });
});
