// Who may do what (SPEC DEV-2, DEV-3, DEV-4): every kind of caller against every sync endpoint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMutation, makeIdea, makeNote, pushOf } from '../../../tests/contract/sync-fixtures';
import {
  enrolResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  wardResponseSchema,
} from '../../sync/protocol';
import { apiHeaders } from '../testing/api-headers';
import { createTestApp, type TestApp } from '../testing/test-app';

const callers = ['kiosk', 'staff', 'staff of another ward', 'revoked staff', 'no token'] as const;
type Caller = (typeof callers)[number];
const endpoints = ['enrol', 'push', 'pull', 'ward'] as const;
type Endpoint = (typeof endpoints)[number];

/**
 * What each caller gets, as `status` or `status outcome`. Push sends a note for ward A made by the
 * caller's own device; pull says what of ward A the caller can see; enrol sends a fresh code for
 * ward A along with the caller's token, which enrolment ignores; ward names the ward the token is
 * for and whether the staff PIN verifier came with it (ward A has one, ward B none).
 */
const expected: Record<Caller, Record<Endpoint, string>> = {
  kiosk: {
    enrol: '201',
    push: '200 rejected forbidden',
    pull: '200 published ideas',
    // Kiosks get the staff PIN verifier too: leaving kiosk mode needs the PIN, offline.
    ward: '200 Ward A, PIN verifier',
  },
  staff: { enrol: '201', push: '200 applied', pull: '200 notes and ideas', ward: '200 Ward A, PIN verifier' },
  'staff of another ward': {
    enrol: '201',
    push: '200 rejected wrong-ward',
    pull: '200 nothing',
    ward: '200 Ward B, none set',
  },
  'revoked staff': { enrol: '201', push: '401', pull: '401', ward: '401' },
  'no token': { enrol: '201', push: '401', pull: '401', ward: '401' },
};

describe('authorization matrix', () => {
  let testApp: TestApp;
  let wardAId: string;
  const tokens = new Map<Caller, string>();
  const deviceIds = new Map<Caller, string>();
  let nextMutationId = 1;

  beforeAll(async () => {
    testApp = await createTestApp();
    const { store } = testApp;
    const now = new Date();
    const wardA = await store.createWard('Ward A', now);
    const wardB = await store.createWard('Ward B', now);
    if (!wardA.isOk || !wardB.isOk) throw new Error('wards');
    wardAId = wardA.value.id;
    await store.setStaffPin(wardAId, '2468');
    const enrolAs = async (caller: Caller, wardId: string, role: 'kiosk' | 'staff') => {
      const enrolment = await store.enrolDevice(
        (await store.createEnrolmentCode(wardId, role, now)).code,
        now,
      );
      if (enrolment === undefined) throw new Error('enrolment');
      tokens.set(caller, enrolment.token);
      deviceIds.set(caller, enrolment.device.id);
      return enrolment.device;
    };
    const staff = await enrolAs('staff', wardAId, 'staff');
    await enrolAs('kiosk', wardAId, 'kiosk');
    await enrolAs('staff of another ward', wardB.value.id, 'staff');
    const revoked = await enrolAs('revoked staff', wardAId, 'staff');
    await store.revokeDevice(revoked.id, now);
    const owner = { wardId: wardAId, deviceId: staff.id };
    const idea = makeIdea(owner, { isPublished: true, youSaidWeDid: 'We fixed the blinds.' });
    await store.applyPushBatch(
      staff,
      pushOf([createMutation(1, 'note', makeNote(owner)), createMutation(2, 'idea', idea)], now),
      now,
    );
    nextMutationId = 3;
  });
  afterAll(() => testApp.close());

  const call = async (caller: Caller, endpoint: Endpoint): Promise<string> => {
    const token = tokens.get(caller);
    const headers = apiHeaders(token);
    const { app, store } = testApp;
    if (endpoint === 'enrol') {
      const { code } = await store.createEnrolmentCode(wardAId, 'staff', new Date());
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/devices/enrol',
        headers,
        payload: { code },
      });
      if (response.statusCode === 201) enrolResponseSchema.parse(response.json());
      return String(response.statusCode);
    }
    if (endpoint === 'push') {
      const note = makeNote({ wardId: wardAId, deviceId: deviceIds.get(caller) ?? wardAId });
      const payload = pushOf([createMutation((nextMutationId += 1), 'note', note)], new Date());
      const response = await app.inject({ method: 'POST', url: '/api/v1/sync/push', headers, payload });
      if (response.statusCode !== 200) return String(response.statusCode);
      const [result] = pushResponseSchema.parse(response.json()).results;
      return ['200', result?.status, result?.reason?.split(':')[0]].filter(Boolean).join(' ');
    }
    if (endpoint === 'pull') {
      const response = await app.inject({ method: 'GET', url: '/api/v1/sync/pull?cursor=0', headers });
      if (response.statusCode !== 200) return String(response.statusCode);
      const types = new Set(
        pullResponseSchema.parse(response.json()).changes.map((change) => change.recordType),
      );
      if (types.size === 0) return '200 nothing';
      if (types.has('note') && types.has('idea') && types.size === 2) return '200 notes and ideas';
      return types.has('publishedIdea') && types.size === 1
        ? '200 published ideas'
        : `200 ${[...types].join()}`;
    }
    const response = await app.inject({ method: 'GET', url: '/api/v1/ward', headers });
    if (response.statusCode !== 200) return String(response.statusCode);
    const ward = wardResponseSchema.parse(response.json());
    const pin = ward.staffPin === undefined ? 'no PIN' : ward.staffPin === null ? 'none set' : 'PIN verifier';
    return `200 ${ward.ward.name}, ${pin}`;
  };

  const cells = callers.flatMap((caller) => endpoints.map((endpoint) => [caller, endpoint] as const));

  it.each(cells)('DEV-2, DEV-3, DEV-4: %s × %s', async (caller, endpoint) => {
    expect(await call(caller, endpoint)).toBe(expected[caller][endpoint]);
  });
});
