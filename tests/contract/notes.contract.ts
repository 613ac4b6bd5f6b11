// SyncStore contract, part 5: corrections and tombstones of notes (NOTE-1 to NOTE-6).
import { describe, expect, it } from 'vitest';
import { openStoreForEachTest, unwrap, wardWithDevices, type MakeStore } from './contract-setup';
import { baseTime, createMutation, makeNote, makeNoteDeletion, newId, pushOf } from './sync-fixtures';

export const notesContract = (makeStore: MakeStore): void => {
  const current = openStoreForEachTest(makeStore);
  const statusesOf = (answer: { results: { status: string }[] }) =>
    answer.results.map((result) => result.status);

  describe('corrections and tombstones', () => {
    it('NOTE-1, NOTE-2: a correction and a tombstone are append-only creates: applied, pulled, and the first note kept', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      const owner = { wardId: staff.wardId, deviceId: staff.id };
      const first = makeNote(owner);
      const correction = makeNote(owner, { supersedes: first.id, text: 'The night staff were very kind.' });
      const deletion = makeNoteDeletion(owner, correction.id);
      const batch = pushOf([
        createMutation(1, 'note', first),
        createMutation(2, 'note', correction),
        createMutation(3, 'noteDeletion', deletion),
      ]);

      expect(statusesOf(unwrap(await store.applyPushBatch(staff, batch, baseTime)))).toEqual([
        'applied',
        'applied',
        'applied',
      ]);
      const pulled = await store.pullChanges(staff, 0, 100);
      expect(pulled.changes.map(({ recordType, record }) => ({ recordType, record }))).toEqual([
        { recordType: 'note', record: first },
        { recordType: 'note', record: correction },
        { recordType: 'noteDeletion', record: deletion },
      ]);
      const again = pushOf([createMutation(4, 'noteDeletion', deletion)]);
      expect(statusesOf(unwrap(await store.applyPushBatch(staff, again, baseTime)))).toEqual(['duplicate']);
    });

    it('NOTE-3: a correction or tombstone whose note the server does not hold is still stored', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      const owner = { wardId: staff.wardId, deviceId: staff.id };
      const correction = makeNote(owner, { supersedes: newId() });
      const deletion = makeNoteDeletion(owner, newId());

      const answer = unwrap(
        await store.applyPushBatch(
          staff,
          pushOf([createMutation(1, 'note', correction), createMutation(2, 'noteDeletion', deletion)]),
          baseTime,
        ),
      );

      expect(statusesOf(answer)).toEqual(['applied', 'applied']);
      expect((await store.pullChanges(staff, 0, 100)).changes.map((change) => change.record)).toEqual([
        correction,
        deletion,
      ]);
    });

    it('NOTE-5: a kiosk may push neither a correction nor a tombstone; both are rejected and quarantined', async () => {
      const { store } = current();
      const { kiosk } = await wardWithDevices(store);
      const owner = { wardId: kiosk.wardId, deviceId: kiosk.id };
      const answer = unwrap(
        await store.applyPushBatch(
          kiosk,
          pushOf([
            createMutation(1, 'note', makeNote(owner, { supersedes: newId() })),
            createMutation(2, 'noteDeletion', makeNoteDeletion(owner, newId())),
          ]),
          baseTime,
        ),
      );

      expect(answer.results.map(({ status, reason }) => [status, reason?.split(':')[0]])).toEqual([
        ['rejected', 'forbidden'],
        ['rejected', 'forbidden'],
      ]);
      expect((await store.listQuarantine(kiosk.wardId)).map((entry) => entry.recordType)).toEqual([
        'note',
        'noteDeletion',
      ]);
    });

    it('NOTE-6: a protocol 1 client is not sent tombstones, and its cursor moves past them', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      const owner = { wardId: staff.wardId, deviceId: staff.id };
      const note = makeNote(owner);
      const later = makeNote(owner);
      unwrap(
        await store.applyPushBatch(
          staff,
          pushOf([
            createMutation(1, 'note', note),
            createMutation(2, 'noteDeletion', makeNoteDeletion(owner, note.id)),
            createMutation(3, 'note', later),
          ]),
          baseTime,
        ),
      );

      const old = await store.pullChanges(staff, 0, 100, { protocolVersion: 1 });
      expect(old.changes.map((change) => [change.seq, change.recordType])).toEqual([
        [1, 'note'],
        [3, 'note'],
      ]);
      expect(old.nextCursor).toBe(3);
      const updated = await store.pullChanges(staff, 0, 100, { protocolVersion: 2 });
      expect(updated.changes.map((change) => change.recordType)).toEqual(['note', 'noteDeletion', 'note']);
    });
  });
};
