import { describe, expect, it } from 'vitest';
import { readIdeaBase } from './idea-copies';
import { createIdeaRepository } from './idea-repository';
import { listOutbox } from './outbox';
import { removeAnswered } from './remove-answered';
import { saveEnrolment } from './sync-state-repository';
import { createTestEnvironment, openTestDatabase, testEnrolment } from './testing/test-database';

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
