// SyncStore contract, part 1: wards, the staff PIN, enrolment codes, devices and tokens (DEV-1, DEV-2).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyStaffPin } from '../../src/server/storage/staff-pin-verifier';
import { enrol, unwrap, openStoreForEachTest, type MakeStore } from './contract-setup';
import { baseTime, makeNote, minutesAfter, createMutation, pushOf } from './sync-fixtures';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const devicesContract = (makeStore: MakeStore): void => {
  const current = openStoreForEachTest(makeStore);

  describe('wards and the staff PIN', () => {
    it('gives wards unique names and finds a ward by id or exact name', async () => {
      const { store } = current();
      const ward = unwrap(await store.createWard('Ward 7B', baseTime));
      expect(await store.createWard('Ward 7B', baseTime)).toMatchObject({ isOk: false });
      expect(await store.findWard(ward.id)).toEqual(ward);
      expect(await store.findWard('Ward 7B')).toEqual(ward);
      expect(await store.findWard('ward 7b')).toBeUndefined();
      expect(ward).toMatchObject({ name: 'Ward 7B', staffPin: null, escalationText: null });
      const other = unwrap(await store.createWard('  Ward 2A ', baseTime));
      expect(other.name).toBe('Ward 2A');
      expect(await store.listWards()).toEqual([other, ward]);
      expect(await store.createWard('   ', baseTime)).toMatchObject({ isOk: false });
    });

    it('keeps the staff PIN only as a PBKDF2-SHA256 verifier of 4 to 8 digits', async () => {
      const { store } = current();
      const ward = unwrap(await store.createWard('Ward 7B', baseTime));
      for (const pin of ['123', '123456789', '12a4', ' 1234', '']) {
        expect(await store.setStaffPin(ward.id, pin)).toMatchObject({ isOk: false });
      }
      const verifier = unwrap(await store.setStaffPin(ward.id, '2468'));
      expect(verifier).toMatchObject({ algorithm: 'PBKDF2-SHA256' });
      expect(verifier.iterations).toBeGreaterThanOrEqual(210_000);
      expect(Buffer.from(verifier.salt, 'hex')).toHaveLength(16);
      expect((await store.findWard(ward.id))?.staffPin).toEqual(verifier);
      expect(await verifyStaffPin('2468', verifier)).toBe(true);
      expect(await verifyStaffPin('2469', verifier)).toBe(false);
      expect(await store.setStaffPin('no-such-ward', '2468')).toMatchObject({ isOk: false });
    });
  });

  describe('enrolment', () => {
    it('DEV-1: a code enrols one device on its ward with its role, and works only once', async () => {
      const { store } = current();
      const ward = unwrap(await store.createWard('Ward 7B', baseTime));
      const issued = await store.createEnrolmentCode(ward.id, 'kiosk', baseTime);
      expect(issued.code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
      const enrolment = await store.enrolDevice(issued.code, minutesAfter(baseTime, 1));
      expect(enrolment).toMatchObject({
        device: { wardId: ward.id, role: 'kiosk' },
        ward: { id: ward.id, name: 'Ward 7B' },
        epoch: await store.getEpoch(),
      });
      expect(enrolment?.token.length).toBeGreaterThanOrEqual(43);
      expect(await store.enrolDevice(issued.code, minutesAfter(baseTime, 2))).toBeUndefined();
    });

    it('DEV-1: a code stops working 15 minutes after it was made', async () => {
      const { store } = current();
      const ward = unwrap(await store.createWard('Ward 7B', baseTime));
      const early = await store.createEnrolmentCode(ward.id, 'staff', baseTime);
      const late = await store.createEnrolmentCode(ward.id, 'staff', baseTime);
      expect(early.expiresAt).toBe(minutesAfter(baseTime, 15).toISOString());
      expect(
        await store.enrolDevice(early.code, new Date(minutesAfter(baseTime, 15).getTime() - 1)),
      ).toBeDefined();
      expect(await store.enrolDevice(late.code, minutesAfter(baseTime, 15))).toBeUndefined();
    });

    it('DEV-1: a code is accepted as people type it: any case, spaces, with or without the hyphen', async () => {
      const { store } = current();
      const ward = unwrap(await store.createWard('Ward 7B', baseTime));
      const { code } = await store.createEnrolmentCode(ward.id, 'staff', baseTime);
      const typed = ` ${code.replace('-', ' ').toLowerCase()} `;
      expect(await store.enrolDevice(typed, baseTime)).toBeDefined();
      expect(await store.enrolDevice('NOT-A-CODE', baseTime)).toBeUndefined();
    });

    it('DEV-1: codes and tokens are stored only as SHA-256 hashes', async () => {
      const { store, database } = current();
      const ward = unwrap(await store.createWard('Ward 7B', baseTime));
      const { code } = await store.createEnrolmentCode(ward.id, 'staff', baseTime);
      const enrolment = await enrol(store, ward.id, 'staff');
      const codes = await database.db.selectFrom('enrolment_codes').selectAll().execute();
      const devices = await database.db.selectFrom('devices').selectAll().execute();
      const stored = JSON.stringify([codes, devices]);
      expect(stored).not.toContain(code.replace('-', ''));
      expect(stored).not.toContain(enrolment.token);
      expect(codes.map((row) => row.code_hash)).toContain(sha256(code.replace('-', '')));
      expect(devices.map((row) => row.token_hash)).toEqual([sha256(enrolment.token)]);
    });
  });

  describe('tokens and devices', () => {
    it('DEV-2: a token proves its device until it is revoked; an unknown token proves nothing', async () => {
      const { store } = current();
      const ward = unwrap(await store.createWard('Ward 7B', baseTime));
      const { device, token } = await enrol(store, ward.id, 'staff');
      expect(await store.authenticateDevice(token, baseTime)).toEqual(device);
      expect(await store.authenticateDevice(`${token}x`, baseTime)).toBeUndefined();
      expect(await store.authenticateDevice('', baseTime)).toBeUndefined();
      expect(await store.revokeDevice(device.id, minutesAfter(baseTime, 5))).toBe(true);
      expect(await store.authenticateDevice(token, baseTime)).toBeUndefined();
      expect(await store.revokeDevice('no-such-device', baseTime)).toBe(false);
    });

    it('DEV-2: a push from a device revoked after it was authenticated is refused and applies nothing', async () => {
      const { store } = current();
      const ward = unwrap(await store.createWard('Ward 7B', baseTime));
      const { device } = await enrol(store, ward.id, 'staff');
      await store.revokeDevice(device.id, baseTime);
      const note = makeNote({ wardId: ward.id, deviceId: device.id });
      const answer = await store.applyPushBatch(device, pushOf([createMutation(1, 'note', note)]), baseTime);
      expect(answer).toEqual({ isOk: false, error: 'unauthorized' });
      expect((await store.pullChanges({ ...device, role: 'staff' }, 0, 10)).changes).toEqual([]);
    });

    it("lists a ward's devices with role, enrolment, last seen and revocation times", async () => {
      const { store } = current();
      const ward = unwrap(await store.createWard('Ward 7B', baseTime));
      const kiosk = await enrol(store, ward.id, 'kiosk', baseTime);
      const staff = await enrol(store, ward.id, 'staff', minutesAfter(baseTime, 1));
      await store.authenticateDevice(staff.token, minutesAfter(baseTime, 30));
      await store.revokeDevice(kiosk.device.id, minutesAfter(baseTime, 40));
      expect(await store.listDevices(ward.id)).toEqual([
        {
          ...kiosk.device,
          createdAt: baseTime.toISOString(),
          lastSeenAt: baseTime.toISOString(),
          revokedAt: minutesAfter(baseTime, 40).toISOString(),
        },
        {
          ...staff.device,
          createdAt: minutesAfter(baseTime, 1).toISOString(),
          lastSeenAt: minutesAfter(baseTime, 30).toISOString(),
          revokedAt: null,
        },
      ]);
    });
  });
};
