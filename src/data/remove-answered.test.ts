import { describe, expect, it } from 'vitest';
import type { FeedbackResponse } from '../domain/feedback/feedback-response';
import { createUuidV7, UUID_V7_RANDOM_BYTE_COUNT } from '../domain/shared/ids';
import { SCHEMA_VERSION } from '../domain/shared/schema-version';
import type { WardsideDatabase } from './db';
import { readIdeaBase } from './idea-copies';
import { createIdeaRepository } from './idea-repository';
import { listOutbox, queueCreate } from './outbox';
import { removeAnswered } from './remove-answered';
import { saveEnrolment, type StoredEnrolment } from './sync-state-repository';
import {
  createTestEnvironment,
  openTestDatabase,
  testEnrolment,
  type TestEnvironment,
} from './testing/test-database';

const setUp = async () => {
  const db = openTestDatabase('remove-answered');
  await saveEnrolment(db, testEnrolment(1), 'epoch-1');
  const environment = createTestEnvironment();
  const repository = createIdeaRepository(db, environment);
  const created = await repository.create({ title: 'Quieter nights' });
  if (!created.isOk) throw new Error(created.error);
  environment.advance(1000);
  await repository.changeFields(created.value.id, { status: 'trying' });
  environment.advance(1000);
  await repository.changeFields(created.value.id, { nextStep: 'Ask night staff' });
  return { db, repository, idea: created.value };
};

describe('removeAnswered', () => {
  it('PUSH-5: removes only the answered entries, and folds an accepted idea edit into the base', async () => {
    const { db, repository, idea } = await setUp();

    expect(
      await removeAnswered(db, [
        { mutationId: 1, isRejected: false },
        { mutationId: 2, isRejected: false },
      ]),
    ).toBe(2);

    expect((await listOutbox(db, 5)).map((entry) => entry.mutationId)).toEqual([3]);
    expect(await readIdeaBase(db, idea.id)).toMatchObject({ status: 'trying', nextStep: '' });
    expect(await repository.get(idea.id)).toMatchObject({ status: 'trying', nextStep: 'Ask night staff' });
  });

  it('PUSH-4: removes a rejected edit and stops showing it, keeping later edits shown', async () => {
    const { db, repository, idea } = await setUp();
    await removeAnswered(db, [
      { mutationId: 1, isRejected: false },
      { mutationId: 2, isRejected: true },
    ]);

    expect(await repository.get(idea.id)).toMatchObject({ status: 'idea', nextStep: 'Ask night staff' });
  });

  it('ignores answers for entries already gone', async () => {
    const { db } = await setUp();
    await removeAnswered(db, [{ mutationId: 1, isRejected: false }]);
    expect(
      await removeAnswered(db, [
        { mutationId: 1, isRejected: false },
        { mutationId: 99, isRejected: false },
      ]),
    ).toBe(0);
    expect(await db.outbox.count()).toBe(2);
  });
});

/** Saves a response with its outbox entry in one transaction, as the kiosk does (ENG-1). */
const saveFeedback = async (
  db: WardsideDatabase,
  environment: TestEnvironment,
  enrolment: StoredEnrolment,
): Promise<FeedbackResponse> => {
  const now = environment.now();
  const response: FeedbackResponse = {
    id: createUuidV7(now.getTime(), environment.randomBytes(UUID_V7_RANDOM_BYTE_COUNT)),
    wardId: enrolment.ward.id,
    deviceId: enrolment.deviceId,
    createdAt: now.toISOString(),
    schemaVersion: SCHEMA_VERSION,
    rating: 2,
    whatWasGood: 'The nurses listened.',
    whatCouldBeBetter: 'Quieter nights.',
    respondent: 'patient',
    assistedBy: 'none',
    language: 'en',
    modeOfCollection: 'electronic-discharge',
    redactions: [],
  };
  await db.transaction('rw', db.feedbackResponses, db.outbox, async () => {
    await db.feedbackResponses.add(response);
    await queueCreate(db, 'feedbackResponse', response, now);
  });
  environment.advance(1000);
  return response;
};

describe('removeAnswered and feedback responses', () => {
  const setUpTablet = async (role: StoredEnrolment['role']) => {
    const db = openTestDatabase('remove-answered-feedback');
    const enrolment = testEnrolment(1, role);
    await saveEnrolment(db, enrolment, 'epoch-1');
    const environment = createTestEnvironment();
    const responses = [];
    for (let count = 0; count < 3; count += 1) responses.push(await saveFeedback(db, environment, enrolment));
    return { db, responses };
  };
  const storedIds = async (db: WardsideDatabase) =>
    (await db.feedbackResponses.toArray()).map((row) => row.id);

  it('ENG-6: a kiosk tablet forgets a response once the server has answered it, with its outbox entry', async () => {
    const { db, responses } = await setUpTablet('kiosk');

    expect(
      await removeAnswered(db, [
        { mutationId: 1, isRejected: false },
        // Rejected: the server keeps it in its quarantine (PUSH-4), so the kiosk need not either.
        { mutationId: 2, isRejected: true },
      ]),
    ).toBe(2);

    expect(await storedIds(db)).toEqual([responses[2]?.id]);
    expect((await listOutbox(db, 5)).map((entry) => entry.recordId)).toEqual([responses[2]?.id]);
  });

  it('ENG-6: a staff tablet keeps its responses after the server has answered them', async () => {
    const { db, responses } = await setUpTablet('staff');

    expect(
      await removeAnswered(db, [
        { mutationId: 1, isRejected: false },
        { mutationId: 2, isRejected: false },
        { mutationId: 3, isRejected: false },
      ]),
    ).toBe(3);

    expect(await db.outbox.count()).toBe(0);
    expect((await storedIds(db)).sort()).toEqual(responses.map((response) => response.id).sort());
  });
});
