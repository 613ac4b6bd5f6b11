// SyncStore contract, part 3: seqs and pulling (PULL-1, PULL-2, DEV-3), and the epoch (EPOCH-1).
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/domain/records';
import type { Mutation } from '../../src/sync/protocol';
import { enrol, unwrap, openStoreForEachTest, wardWithDevices, type MakeStore } from './contract-setup';
import { baseTime, createMutation, makeIdea, makeNote, minutesAfter, pushOf, stampAt } from './sync-fixtures';

export const pullContract = (makeStore: MakeStore): void => {
  const current = openStoreForEachTest(makeStore);

  describe('seqs and pulls', () => {
    it('PULL-1: seqs in a ward go up by one with no gaps, even when many devices push at once', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store, 'Ward 7B');
      const { staff: otherWard } = await wardWithDevices(store, 'Ward 8A');
      const devices = [
        staff,
        ...(await Promise.all(
          [1, 2, 3, 4, 5].map(async () => (await enrol(store, staff.wardId, 'staff')).device),
        )),
      ];
      const expectedIds = new Set<string>();
      await Promise.all(
        devices.map(async (device) => {
          for (let batch = 0; batch < 4; batch += 1) {
            const notes = [1, 2, 3].map(() => makeNote({ wardId: device.wardId, deviceId: device.id }));
            notes.forEach((note) => expectedIds.add(note.id));
            const mutations = notes.map((note, index) => createMutation(batch * 3 + index + 1, 'note', note));
            // A repeat of an earlier mutation in every batch but the first: it must not use a seq up.
            const repeat =
              batch > 0
                ? [
                    createMutation(
                      batch * 3,
                      'note',
                      makeNote({ wardId: device.wardId, deviceId: device.id }),
                    ),
                  ]
                : [];
            unwrap(await store.applyPushBatch(device, pushOf([...repeat, ...mutations]), baseTime));
          }
        }),
      );
      const { changes, hasMore } = await store.pullChanges(staff, 0, 500);
      expect(hasMore).toBe(false);
      expect(changes.map((change) => change.seq)).toEqual(
        Array.from({ length: expectedIds.size }, (_, index) => index + 1),
      );
      expect(new Set(changes.map((change) => unwrap(parseRecord('note', change.record)).id))).toEqual(
        expectedIds,
      );

      const note = makeNote({ wardId: otherWard.wardId, deviceId: otherWard.id });
      unwrap(await store.applyPushBatch(otherWard, pushOf([createMutation(1, 'note', note)]), baseTime));
      expect((await store.pullChanges(otherWard, 0, 10)).changes.map((change) => change.seq)).toEqual([1]);
    });

    it('PULL-2: pages come in seq order with the next cursor and whether more remain', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      const notes = Array.from({ length: 7 }, () => makeNote({ wardId: staff.wardId, deviceId: staff.id }));
      unwrap(
        await store.applyPushBatch(
          staff,
          pushOf(notes.map((note, index) => createMutation(index + 1, 'note', note))),
          baseTime,
        ),
      );
      const first = await store.pullChanges(staff, 0, 3);
      expect(first).toMatchObject({ nextCursor: 3, hasMore: true, epoch: await store.getEpoch() });
      expect(first.changes.map((change) => change.record)).toEqual(notes.slice(0, 3));
      const second = await store.pullChanges(staff, first.nextCursor, 3);
      expect(second).toMatchObject({ nextCursor: 6, hasMore: true });
      const third = await store.pullChanges(staff, second.nextCursor, 3);
      expect(third).toMatchObject({ nextCursor: 7, hasMore: false });
      expect(third.changes.map((change) => change.recordType)).toEqual(['note']);
      expect(await store.pullChanges(staff, 7, 3)).toMatchObject({
        changes: [],
        nextCursor: 7,
        hasMore: false,
      });
      expect(await store.pullChanges(staff, 4, 3)).toMatchObject({ nextCursor: 7, hasMore: false });
    });

    it('PULL-2: a record changed twice comes once, in its latest state, at its latest seq', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      const owner = { wardId: staff.wardId, deviceId: staff.id };
      const idea = makeIdea(owner);
      const change = (mutationId: number, minutes: number, title: string, baseStamp: string): Mutation => ({
        mutationId,
        kind: 'change-idea',
        recordType: 'idea',
        recordId: idea.id,
        changes: {
          title: { value: title, stamp: stampAt(minutesAfter(baseTime, minutes), staff.id), baseStamp },
        },
      });
      const firstStamp = stampAt(minutesAfter(baseTime, 1), staff.id);
      unwrap(
        await store.applyPushBatch(
          staff,
          pushOf([
            createMutation(1, 'idea', idea),
            createMutation(2, 'note', makeNote(owner)),
            change(3, 1, 'Second title', idea.fieldStamps.title),
            change(4, 2, 'Third title', firstStamp),
          ]),
          baseTime,
        ),
      );
      const { changes } = await store.pullChanges(staff, 0, 10);
      expect(changes.map((item) => [item.seq, item.recordType])).toEqual([
        [2, 'note'],
        [4, 'idea'],
      ]);
      expect(changes[1]?.record).toMatchObject({ id: idea.id, title: 'Third title', conflicts: [] });
    });

    it('DEV-3: a kiosk pulls ideas only, as publishedIdea, and learns when one is taken down', async () => {
      const { store } = current();
      const { staff, kiosk } = await wardWithDevices(store);
      const owner = { wardId: staff.wardId, deviceId: staff.id };
      const published = makeIdea(owner, { youSaidWeDid: 'We dimmed the lights at 10pm.', isPublished: true });
      const draft = makeIdea(owner, { youSaidWeDid: 'Not ready yet', isPublished: false });
      unwrap(
        await store.applyPushBatch(
          staff,
          pushOf([
            createMutation(1, 'note', makeNote(owner)),
            createMutation(2, 'idea', published),
            createMutation(3, 'idea', draft),
          ]),
          baseTime,
        ),
      );
      const first = await store.pullChanges(kiosk, 0, 10);
      expect(first.changes).toEqual([
        {
          seq: 2,
          recordType: 'publishedIdea',
          record: {
            id: published.id,
            wardId: published.wardId,
            isPublished: true,
            title: published.title,
            youSaidWeDid: 'We dimmed the lights at 10pm.',
          },
        },
        {
          seq: 3,
          recordType: 'publishedIdea',
          record: { id: draft.id, wardId: draft.wardId, isPublished: false, title: null, youSaidWeDid: null },
        },
      ]);
      expect(first.nextCursor).toBe(3);

      const unpublish: Mutation = {
        mutationId: 4,
        kind: 'change-idea',
        recordType: 'idea',
        recordId: published.id,
        changes: {
          isPublished: {
            value: false,
            stamp: stampAt(minutesAfter(baseTime, 1), staff.id),
            baseStamp: published.fieldStamps.isPublished,
          },
        },
      };
      unwrap(
        await store.applyPushBatch(
          staff,
          pushOf([unpublish, createMutation(5, 'note', makeNote(owner))]),
          baseTime,
        ),
      );
      const next = await store.pullChanges(kiosk, first.nextCursor, 10);
      expect(next.changes).toEqual([
        {
          seq: 4,
          recordType: 'publishedIdea',
          record: {
            id: published.id,
            wardId: published.wardId,
            isPublished: false,
            title: null,
            youSaidWeDid: null,
          },
        },
      ]);
      expect(JSON.stringify([first, next])).not.toContain('night staff');
    });

    it("DEV-3: a staff device pulls its own ward's records only", async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store, 'Ward 7B');
      const { staff: otherStaff } = await wardWithDevices(store, 'Ward 8A');
      unwrap(
        await store.applyPushBatch(
          otherStaff,
          pushOf([
            createMutation(1, 'note', makeNote({ wardId: otherStaff.wardId, deviceId: otherStaff.id })),
          ]),
          baseTime,
        ),
      );
      expect(await store.pullChanges(staff, 0, 10)).toMatchObject({
        changes: [],
        nextCursor: 0,
        hasMore: false,
      });
    });
  });

  describe('epoch', () => {
    it('EPOCH-1: a new epoch shows in push, pull and enrolment answers, and records sent again are duplicates', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      const before = await store.getEpoch();
      const note = makeNote({ wardId: staff.wardId, deviceId: staff.id });
      expect(
        unwrap(await store.applyPushBatch(staff, pushOf([createMutation(1, 'note', note)]), baseTime)).epoch,
      ).toBe(before);

      await store.startNewEpoch('restored-2026-03-02');
      expect(await store.getEpoch()).toBe('restored-2026-03-02');
      expect((await store.pullChanges(staff, 0, 10)).epoch).toBe('restored-2026-03-02');
      const again = unwrap(
        await store.applyPushBatch(staff, pushOf([createMutation(2, 'note', note)]), baseTime),
      );
      expect(again).toMatchObject({ epoch: 'restored-2026-03-02', results: [{ status: 'duplicate' }] });
      expect((await enrol(store, staff.wardId, 'kiosk')).epoch).toBe('restored-2026-03-02');
    });
  });
};
