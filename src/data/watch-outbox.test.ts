import { describe, expect, it, vi } from 'vitest';
import { createNoteRepository } from './note-repository';
import { removeAnswered } from './remove-answered';
import { createTestEnvironment, openTestDatabase } from './testing/test-database';
import { watchOutbox } from './watch-outbox';

describe('watchOutbox', () => {
  it('tells of each new entry, not of entries leaving, until unsubscribed', async () => {
    const db = openTestDatabase('watch-outbox');
    const notes = createNoteRepository(db, createTestEnvironment());
    await notes.save({ text: 'before watching' });
    const onNewEntry = vi.fn();
    const stop = watchOutbox(db, onNewEntry);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onNewEntry).not.toHaveBeenCalled();

    await notes.save({ text: 'saved' });
    await vi.waitFor(() => expect(onNewEntry).toHaveBeenCalledTimes(1));
    await removeAnswered(db, [
      { mutationId: 1, isRejected: false },
      { mutationId: 2, isRejected: false },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onNewEntry).toHaveBeenCalledTimes(1);

    stop();
    await notes.save({ text: 'after' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onNewEntry).toHaveBeenCalledTimes(1);
  });
});
