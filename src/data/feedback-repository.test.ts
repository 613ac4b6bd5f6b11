import { describe, expect, it } from 'vitest';
import { isUuidV7 } from '../domain/shared/ids';
import { UNENROLLED_WARD_ID } from './device-repository';
import { createFeedbackRepository, type FeedbackRepositoryDraft } from './feedback-repository';
import { countOutbox, listOutbox } from './outbox';
import { saveEnrolment } from './sync-state-repository';
import { createTestEnvironment, openTestDatabase, testEnrolment } from './testing/test-database';

const draft: FeedbackRepositoryDraft = {
  rating: 1,
  whatWasGood: 'Sister Ann Jones was kind',
  whatCouldBeBetter: 'Ring me on 07700 900123',
  respondent: 'carer-or-relative',
  assistedBy: 'not-answered',
  language: 'pl',
};

describe('createFeedbackRepository', () => {
  it('saves the redacted response with its counts and queues it in the outbox, in one go', async () => {
    const db = openTestDatabase('feedback');
    const repository = createFeedbackRepository(db, createTestEnvironment());

    const result = await repository.save(draft);
    if (!result.isOk) throw new Error(result.error);
    const response = result.value;

    expect(isUuidV7(response.id)).toBe(true);
    expect(response).toMatchObject({
      wardId: UNENROLLED_WARD_ID,
      createdAt: '2025-01-31T09:00:00.000Z',
      rating: 1,
      whatWasGood: 'Sister [name removed] was kind',
      whatCouldBeBetter: 'Ring me on [phone number removed]',
      respondent: 'carer-or-relative',
      assistedBy: 'not-answered',
      language: 'pl',
      modeOfCollection: 'electronic-discharge',
      redactions: [
        { kind: 'phone-number', count: 1 },
        { kind: 'name', count: 1 },
      ],
    });
    expect(await repository.listNewestFirst(10)).toEqual([response]);
    expect(await listOutbox(db, 10)).toEqual([
      {
        mutationId: 1,
        recordType: 'feedbackResponse',
        recordId: response.id,
        operation: 'create',
        payload: response,
        queuedAt: '2025-01-31T09:00:00.000Z',
      },
    ]);
  });

  it("records the ward's mode of collection and the enrolled device and ward", async () => {
    const db = openTestDatabase('feedback');
    const enrolment = { ...testEnrolment(3, 'kiosk'), modeOfCollection: 'paper-discharge' as const };
    await saveEnrolment(db, enrolment, 'epoch-1');
    const repository = createFeedbackRepository(db, createTestEnvironment());

    const result = await repository.save(draft);

    expect(result).toMatchObject({
      isOk: true,
      value: { wardId: 'ward-7b', deviceId: enrolment.deviceId, modeOfCollection: 'paper-discharge' },
    });
  });

  it('writes nothing when the draft is refused', async () => {
    const db = openTestDatabase('feedback');
    const repository = createFeedbackRepository(db, createTestEnvironment());

    const result = await repository.save({ ...draft, whatWasGood: 'x'.repeat(4001) });

    expect(result.isOk).toBe(false);
    expect(await repository.listNewestFirst(10)).toEqual([]);
    expect(await countOutbox(db)).toBe(0);
  });

  it('lists newest first and skips a damaged row, reporting only its id', async () => {
    const db = openTestDatabase('feedback');
    const environment = createTestEnvironment();
    const corrupt: string[] = [];
    const repository = createFeedbackRepository(db, {
      ...environment,
      onCorruptRecord: (id) => corrupt.push(id),
    });
    const first = await repository.save(draft);
    environment.advance(1000);
    const second = await repository.save({ ...draft, rating: 4 });
    if (!first.isOk || !second.isOk) throw new Error('not saved');
    await db.feedbackResponses.put({ id: 'broken', createdAt: '2026-01-01T00:00:00.000Z' });

    expect(await repository.listNewestFirst(2)).toEqual([second.value, first.value]);
    expect(corrupt).toEqual(['broken']);
  });
});
