import { describe, expect, it } from 'vitest';
import { createFeedbackRepository } from './feedback-repository';
import { createTestEnvironment, openTestDatabase } from './testing/test-database';
import { watchOutboxCount } from './watch-outbox-count';

const waitFor = async (condition: () => boolean): Promise<void> => {
  for (let attempt = 0; attempt < 100 && !condition(); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(condition()).toBe(true);
};

describe('watchOutboxCount', () => {
  it('reports the count now and after each save', async () => {
    const db = openTestDatabase('outbox-count');
    const repository = createFeedbackRepository(db, createTestEnvironment());
    const counts: number[] = [];
    const stop = watchOutboxCount(db, (count) => counts.push(count));
    await waitFor(() => counts.length === 1);

    await repository.save({
      rating: 2,
      whatWasGood: '',
      whatCouldBeBetter: '',
      respondent: 'patient',
      assistedBy: 'none',
      language: 'en',
    });
    await waitFor(() => counts.at(-1) === 1);
    stop();
    expect(counts).toEqual([0, 1]);
  });
});
