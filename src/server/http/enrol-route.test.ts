import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolResponseSchema, errorResponseSchema, wardResponseSchema } from '../../sync/protocol';
import type { Ward } from '../storage/sync-store';
import { verifyStaffPin } from '../storage/staff-pin-verifier';
import { apiHeaders } from '../testing/api-headers';
import { createTestApp, type TestApp } from '../testing/test-app';

describe('POST /api/v1/devices/enrol and GET /api/v1/ward', () => {
  let testApp: TestApp;
  let ward: Ward;

  beforeAll(async () => {
    testApp = await createTestApp({
      rateLimits: {
        device: { capacity: 100, refillPerSecond: 1 },
        enrolment: { capacity: 8, refillPerSecond: 0.001 },
      },
    });
    const created = await testApp.store.createWard('Ward 7B', new Date());
    if (!created.isOk) throw new Error('ward');
    ward = created.value;
    await testApp.store.setStaffPin(ward.id, '1357');
    await testApp.store.setEscalationText(ward.id, 'Tell the nurse in charge, bleep 4321.');
  });
  afterAll(() => testApp.close());

  const enrol = (payload: unknown) =>
    testApp.app.inject({
      method: 'POST',
      url: '/api/v1/devices/enrol',
      headers: apiHeaders(),
      payload: payload as object,
    });
  const codeFor = async (role: 'kiosk' | 'staff') =>
    (await testApp.store.createEnrolmentCode(ward.id, role, new Date())).code;

  it('DEV-1: a staff code gives a device id, a token, the ward, the epoch and the PIN verifier, once', async () => {
    const code = await codeFor('staff');
    const response = await enrol({ code: code.toLowerCase() });
    expect(response.statusCode).toBe(201);
    const answer = enrolResponseSchema.parse(response.json());
    expect(answer).toMatchObject({
      ward: { id: ward.id, name: 'Ward 7B' },
      role: 'staff',
      epoch: await testApp.store.getEpoch(),
      escalationText: 'Tell the nurse in charge, bleep 4321.',
    });
    expect(answer.staffPin && (await verifyStaffPin('1357', answer.staffPin))).toBe(true);
    const again = await enrol({ code });
    expect(again.statusCode).toBe(400);
    expect(errorResponseSchema.parse(again.json()).error).toBe('invalid-code');
  });

  it('DEV-3: a kiosk gets the PIN verifier too, at enrolment and later, to leave kiosk mode offline', async () => {
    const answer = enrolResponseSchema.parse((await enrol({ code: await codeFor('kiosk') })).json());
    expect(answer.role).toBe('kiosk');
    expect(answer.staffPin && (await verifyStaffPin('1357', answer.staffPin))).toBe(true);
    await testApp.store.setStaffPin(ward.id, '86420');
    const settings = await testApp.app.inject({
      method: 'GET',
      url: '/api/v1/ward',
      headers: apiHeaders(answer.token),
    });
    const { staffPin } = wardResponseSchema.parse(settings.json());
    expect(staffPin && (await verifyStaffPin('86420', staffPin))).toBe(true);
    await testApp.store.setStaffPin(ward.id, '1357');
  });

  it('a PIN changed after enrolment reaches staff devices through GET /api/v1/ward', async () => {
    const { token } = enrolResponseSchema.parse((await enrol({ code: await codeFor('staff') })).json());
    await testApp.store.setStaffPin(ward.id, '97531');
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/v1/ward',
      headers: apiHeaders(token),
    });
    const settings = wardResponseSchema.parse(response.json());
    expect(settings).toMatchObject({ ward: { id: ward.id, name: 'Ward 7B' }, role: 'staff' });
    expect(settings.staffPin && (await verifyStaffPin('97531', settings.staffPin))).toBe(true);
  });

  it('refuses a body with unknown fields, and a missing code, with 400 invalid-request', async () => {
    for (const payload of [{ code: await codeFor('staff'), role: 'staff' }, {}]) {
      const response = await enrol(payload);
      expect(response.statusCode).toBe(400);
      expect(errorResponseSchema.parse(response.json()).error).toBe('invalid-request');
    }
  });

  it('limits enrolment attempts from one address with 429 and Retry-After', async () => {
    const responses = [];
    for (let attempt = 0; attempt < 8; attempt += 1) responses.push(await enrol({ code: 'WRONG-CODES' }));
    const limited = responses.find((response) => response.statusCode === 429);
    expect(limited?.headers['retry-after']).toMatch(/^\d+$/);
  });
});
