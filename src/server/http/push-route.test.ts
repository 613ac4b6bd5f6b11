import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMutation, makeNote, pushOf } from '../../../tests/contract/sync-fixtures';
import type { Mutation } from '../../sync/protocol';
import { errorResponseSchema, pushResponseSchema } from '../../sync/protocol';
import type { AuthenticatedDevice } from '../storage/sync-store';
import { apiHeaders } from '../testing/api-headers';
import { createTestApp, type TestApp } from '../testing/test-app';

/** Stands in for what a patient said: it must never reach a log line or an error answer. */
const marker = 'Mrs-Marker-said-the-night-nurse-was-rude';

describe('POST /api/v1/sync/push', () => {
  const lines: string[] = [];
  let testApp: TestApp;
  let device: AuthenticatedDevice;
  let token: string;
  let nextMutationId = 0;

  beforeAll(async () => {
    testApp = await createTestApp({
      logger: { level: 'trace', stream: { write: (line) => lines.push(line) } },
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
  });
  afterAll(() => testApp.close());

  const notes = (count: number, text = 'Kind staff.') =>
    Array.from({ length: count }, () =>
      createMutation(
        (nextMutationId += 1),
        'note',
        makeNote({ wardId: device.wardId, deviceId: device.id }, { text }),
      ),
    );
  const pushJson = (payload: string) =>
    testApp.app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { ...apiHeaders(token), 'content-type': 'application/json' },
      payload,
    });
  const push = (payload: unknown) => pushJson(JSON.stringify(payload));

  it('PUSH-5: answers each mutation, with the epoch, last applied id and clock skew', async () => {
    const mutations = notes(2, marker);
    const response = await push(pushOf(mutations, new Date()));
    expect(response.statusCode).toBe(200);
    const answer = pushResponseSchema.parse(response.json());
    expect(answer.results.map((result) => result.status)).toEqual(['applied', 'applied']);
    expect(answer.lastAppliedMutationId).toBe(mutations[1]?.mutationId);
    expect(answer.epoch).toBe(await testApp.store.getEpoch());
    expect(Math.abs(answer.clockSkewMs)).toBeLessThan(60_000);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('refuses unknown fields and bad shapes with 400 invalid-request naming the fields, never the values', async () => {
    const [mutation] = notes(1);
    const responses = await Promise.all([
      push({ ...pushOf([mutation as Mutation]), patientName: marker }),
      push(pushOf([{ ...(mutation as Mutation), recordId: marker }])),
      push({ sentAt: new Date().toISOString(), mutations: [] }),
    ]);
    const messages = responses.map((response) => {
      expect(response.statusCode).toBe(400);
      return errorResponseSchema.parse(response.json());
    });
    expect(messages.map((message) => message.error)).toEqual([
      'invalid-request',
      'invalid-request',
      'invalid-request',
    ]);
    expect(messages[0]?.message).toContain('patientName');
    expect(messages[1]?.message).toContain('body.mutations[0].recordId');
    expect(JSON.stringify(messages)).not.toContain('Mrs-Marker');
  });

  it('PUSH-1: refuses a batch whose mutation ids do not increase, applying none of it', async () => {
    const [first, second] = notes(2);
    const response = await push(pushOf([second as Mutation, first as Mutation]));
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('increase');
    const retry = pushResponseSchema.parse(
      (await push(pushOf([first as Mutation, second as Mutation]))).json(),
    );
    expect(retry.results.map((result) => result.status)).toEqual(['applied', 'applied']);
  });

  it('PUSH-1: takes a batch of about 256 KB and refuses a larger body with 413 payload-too-large', async () => {
    const text = 'x'.repeat(4000);
    expect((await push(pushOf(notes(60, text)))).statusCode).toBe(200);
    const tooLarge = await push(pushOf(notes(80, text)));
    expect(tooLarge.statusCode).toBe(413);
    expect(errorResponseSchema.parse(tooLarge.json()).error).toBe('payload-too-large');
  });

  it('answers a body that is not JSON with 400 invalid-request', async () => {
    const response = await pushJson(`{"sentAt": "${marker}`);
    expect(response.statusCode).toBe(400);
    expect(errorResponseSchema.parse(response.json())).toMatchObject({ error: 'invalid-request' });
    expect(response.body).not.toContain(marker);
  });

  it('never writes what was pushed into the log', () => {
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain('Mrs-Marker');
  });
});
