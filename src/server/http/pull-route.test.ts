import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMutation, makeNote, newId, pushOf } from '../../../tests/contract/sync-fixtures';
import { errorResponseSchema, PROTOCOL_HEADER, pullResponseSchema } from '../../sync/protocol';
import type { AuthenticatedDevice } from '../storage/sync-store';
import { apiHeaders } from '../testing/api-headers';
import { createTestApp, type TestApp } from '../testing/test-app';

describe('GET /api/v1/sync/pull', () => {
  let testApp: TestApp;
  let device: AuthenticatedDevice;
  let token: string;

  beforeAll(async () => {
    testApp = await createTestApp({
      rateLimits: {
        device: { capacity: 12, refillPerSecond: 0.001 },
        enrolment: { capacity: 1, refillPerSecond: 0.001 },
      },
    });
    const now = new Date();
    const ward = await testApp.store.createWard('Ward 7B', now);
    if (!ward.isOk) throw new Error('ward');
    const enrolment = await testApp.store.enrolDevice(
      (await testApp.store.createEnrolmentCode(ward.value.id, 'staff', now)).code,
      now,
    );
    if (enrolment === undefined) throw new Error('enrolment');
    ({ device, token } = enrolment);
    const owner = { wardId: device.wardId, deviceId: device.id };
    await testApp.store.applyPushBatch(
      device,
      pushOf(
        [
          ...[1, 2, 3].map((id) => createMutation(id, 'note', makeNote(owner))),
          createMutation(4, 'noteDeletion', {
            id: newId(),
            wardId: owner.wardId,
            deviceId: owner.deviceId,
            createdAt: now.toISOString(),
            schemaVersion: 1,
            noteId: newId(),
            reason: 'Duplicate',
          }),
        ],
        now,
      ),
      now,
    );
  });
  afterAll(() => testApp.close());

  const pull = (query: string) =>
    testApp.app.inject({ method: 'GET', url: `/api/v1/sync/pull${query}`, headers: apiHeaders(token) });

  it('PULL-2: pages by cursor and limit', async () => {
    const first = pullResponseSchema.parse((await pull('?cursor=0&limit=2')).json());
    expect(first).toMatchObject({ nextCursor: 2, hasMore: true });
    const rest = pullResponseSchema.parse((await pull(`?cursor=${first.nextCursor}`)).json());
    expect(rest).toMatchObject({ nextCursor: 4, hasMore: false });
    expect(rest.changes.map((change) => change.seq)).toEqual([3, 4]);
  });

  it('NOTE-6: a client that speaks protocol 1 is not sent tombstones, which its wire schema would refuse', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/v1/sync/pull?cursor=0',
      headers: { ...apiHeaders(token), [PROTOCOL_HEADER]: '1' },
    });
    const page = pullResponseSchema.parse(response.json());
    expect(page.changes.map((change) => change.recordType)).toEqual(['note', 'note', 'note']);
    expect(page.nextCursor).toBe(3);
  });

  it('EPOCH-1: a pull after a restore carries the new epoch', async () => {
    await testApp.store.startNewEpoch('after-the-restore');
    expect(pullResponseSchema.parse((await pull('?cursor=0')).json()).epoch).toBe('after-the-restore');
  });

  it('refuses a missing cursor, a limit above 500 and unknown parameters with 400 invalid-request', async () => {
    const responses = await Promise.all([
      pull(''),
      pull('?cursor=0&limit=501'),
      pull('?cursor=-1'),
      pull('?cursor=0&since=yesterday'),
    ]);
    const messages = responses.map((response) => {
      expect(response.statusCode).toBe(400);
      return errorResponseSchema.parse(response.json()).message;
    });
    expect(messages[0]).toContain('query.cursor');
    expect(messages[1]).toContain('query.limit must be at most 500');
    expect(messages[3]).toContain('since');
    expect(messages[3]).not.toContain('yesterday');
  });

  it('answers 429 rate-limited with Retry-After once a device has used its allowance', async () => {
    const statuses: number[] = [];
    let limited;
    for (let attempt = 0; attempt < 12 && limited === undefined; attempt += 1) {
      const response = await pull('?cursor=0');
      statuses.push(response.statusCode);
      if (response.statusCode === 429) limited = response;
    }
    expect(limited?.headers['retry-after']).toMatch(/^\d+$/);
    expect(errorResponseSchema.parse(limited?.json()).error).toBe('rate-limited');
    expect(statuses.slice(0, -1).every((status) => status !== 429)).toBe(true);
  });
});
