import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { readAtOnce } from './read-at-once';
import { openTestDatabase } from './testing/test-database';

describe('readAtOnce', () => {
  it('answers as soon as the read is done, before the transaction reports complete', async () => {
    const db = openTestDatabase('read-at-once');
    await db.deviceState.put({ key: 'probe', value: 1 });
    const events: string[] = [];
    let completed: Promise<void> = Promise.resolve();

    const answer = await readAtOnce(db, [db.deviceState, db.notes], () => {
      const transaction = Dexie.currentTransaction;
      if (!transaction) throw new Error('The read runs outside a transaction.');
      completed = new Promise((resolve) =>
        transaction.idbtrans.addEventListener('complete', () => {
          events.push('complete');
          resolve();
        }),
      );
      return db.deviceState.get('probe');
    });
    events.push('answered');
    await completed;

    expect(answer).toEqual({ key: 'probe', value: 1 });
    expect(events).toEqual(['answered', 'complete']);
  });

  it('keeps every read in one transaction', async () => {
    const db = openTestDatabase('read-at-once');
    const seen = await readAtOnce(db, [db.deviceState, db.notes], () => {
      const first = Dexie.currentTransaction;
      return db.deviceState
        .count()
        .then(() => db.notes.count().then(() => [first, Dexie.currentTransaction]));
    });
    expect(seen[0]).toBeTruthy();
    expect(seen[1]).toBe(seen[0]);
  });

  it('rejects when the read fails', async () => {
    const db = openTestDatabase('read-at-once');
    await expect(
      readAtOnce(db, [db.notes], () => db.notes.where('noSuchIndex').equals('x').toArray()),
    ).rejects.toThrow();
  });
});
