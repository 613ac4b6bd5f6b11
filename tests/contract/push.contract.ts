// SyncStore contract, part 2: pushing (PUSH-2 to PUSH-5, DEV-3, DEV-4, CLOCK-1, CLOCK-2).
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/domain/records';
import type { Mutation } from '../../src/sync/protocol';
import { enrol, unwrap, openStoreForEachTest, wardWithDevices, type MakeStore } from './contract-setup';
import {
  baseTime,
  createMutation,
  makeFeedback,
  makeIdea,
  makeNote,
  minutesAfter,
  pushOf,
  stampAt,
} from './sync-fixtures';

export const pushContract = (makeStore: MakeStore): void => {
  const current = openStoreForEachTest(makeStore);

  const statusesOf = (answer: { results: { status: string }[] }) =>
    answer.results.map((result) => result.status);

  describe('duplicates and rejections', () => {
    it('PUSH-2: a batch sent again is answered duplicate and changes nothing', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      const notes = [1, 2, 3].map(() => makeNote({ wardId: staff.wardId, deviceId: staff.id }));
      const batch = pushOf(notes.map((note, index) => createMutation(index + 1, 'note', note)));
      const first = unwrap(await store.applyPushBatch(staff, batch, baseTime));
      expect(statusesOf(first)).toEqual(['applied', 'applied', 'applied']);
      expect(first.lastAppliedMutationId).toBe(3);
      const again = unwrap(await store.applyPushBatch(staff, batch, baseTime));
      expect(statusesOf(again)).toEqual(['duplicate', 'duplicate', 'duplicate']);
      expect(again.lastAppliedMutationId).toBe(3);
      expect((await store.pullChanges(staff, 0, 100)).changes.map((change) => change.seq)).toEqual([1, 2, 3]);
    });

    it('PUSH-2: the last applied mutation id is kept per device; ids at or below it are duplicates', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      const other = (await enrol(store, staff.wardId, 'staff')).device;
      const note = () => makeNote({ wardId: staff.wardId, deviceId: staff.id });
      unwrap(await store.applyPushBatch(staff, pushOf([createMutation(5, 'note', note())]), baseTime));
      const answer = unwrap(
        await store.applyPushBatch(
          staff,
          pushOf([
            createMutation(4, 'note', note()),
            createMutation(6, 'note', note()),
            createMutation(6, 'note', note()),
          ]),
          baseTime,
        ),
      );
      expect(statusesOf(answer)).toEqual(['duplicate', 'applied', 'duplicate']);
      expect(answer.lastAppliedMutationId).toBe(6);
      const fromOther = makeNote({ wardId: other.wardId, deviceId: other.id });
      const otherAnswer = unwrap(
        await store.applyPushBatch(other, pushOf([createMutation(1, 'note', fromOther)]), baseTime),
      );
      expect(statusesOf(otherAnswer)).toEqual(['applied']);
    });

    it('PUSH-3: the same record under a new mutation id is a duplicate and takes no seq', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      const note = makeNote({ wardId: staff.wardId, deviceId: staff.id });
      unwrap(await store.applyPushBatch(staff, pushOf([createMutation(1, 'note', note)]), baseTime));
      const reordered = Object.fromEntries(Object.entries(note).reverse());
      const again: Mutation = {
        mutationId: 2,
        kind: 'create',
        recordType: 'note',
        recordId: note.id,
        record: reordered,
      };
      const answer = unwrap(await store.applyPushBatch(staff, pushOf([again]), baseTime));
      expect(answer.results).toEqual([{ mutationId: 2, recordId: note.id, status: 'duplicate' }]);
      expect((await store.pullChanges(staff, 0, 100)).changes).toHaveLength(1);
      expect(await store.listQuarantine(staff.wardId)).toEqual([]);
    });

    it('PUSH-3, PULL-1: repeats inside a batch of new records answer duplicate and leave no gap in the seqs', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      const owner = { wardId: staff.wardId, deviceId: staff.id };
      const stored = makeNote(owner);
      unwrap(await store.applyPushBatch(staff, pushOf([createMutation(1, 'note', stored)]), baseTime));
      const [first, second, third] = [makeNote(owner), makeNote(owner), makeNote(owner)];
      const answer = unwrap(
        await store.applyPushBatch(
          staff,
          pushOf([
            createMutation(2, 'note', first),
            createMutation(3, 'note', stored),
            createMutation(4, 'note', second),
            createMutation(5, 'note', { ...first, text: 'Not the same note.' }),
            createMutation(6, 'note', first),
            createMutation(7, 'note', third),
          ]),
          baseTime,
        ),
      );
      expect(statusesOf(answer)).toEqual([
        'applied',
        'duplicate',
        'applied',
        'rejected',
        'duplicate',
        'applied',
      ]);
      const { changes } = await store.pullChanges(staff, 0, 10);
      expect(changes.map((change) => [change.seq, change.record])).toEqual([
        [1, stored],
        [2, first],
        [3, second],
        [4, third],
      ]);
    });

    it('PUSH-3: a different record under a used id is rejected id-reused and quarantined', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      const note = makeNote({ wardId: staff.wardId, deviceId: staff.id });
      const changed = { ...note, text: 'Something else entirely.' };
      const answer = unwrap(
        await store.applyPushBatch(
          staff,
          pushOf([createMutation(1, 'note', note), createMutation(2, 'note', changed)]),
          baseTime,
        ),
      );
      expect(answer.results[1]).toEqual({
        mutationId: 2,
        recordId: note.id,
        status: 'rejected',
        reason: expect.stringMatching(/^id-reused: /),
      });
      const pulled = await store.pullChanges(staff, 0, 100);
      expect(pulled.changes.map((change) => change.record)).toEqual([note]);
      expect(await store.listQuarantine(staff.wardId)).toEqual([
        expect.objectContaining({
          mutationId: 2,
          recordId: note.id,
          payload: createMutation(2, 'note', changed),
        }),
      ]);
    });

    it("PUSH-3: an id already used on another ward is rejected id-reused and that ward's record is untouched", async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store, 'Ward 7B');
      const { staff: otherStaff } = await wardWithDevices(store, 'Ward 8A');
      const note = makeNote({ wardId: staff.wardId, deviceId: staff.id });
      unwrap(await store.applyPushBatch(staff, pushOf([createMutation(1, 'note', note)]), baseTime));
      const copy = { ...note, wardId: otherStaff.wardId, deviceId: otherStaff.id };
      const answer = unwrap(
        await store.applyPushBatch(otherStaff, pushOf([createMutation(1, 'note', copy)]), baseTime),
      );
      expect(answer.results[0]?.reason).toMatch(/^id-reused: /);
      expect((await store.pullChanges(otherStaff, 0, 100)).changes).toEqual([]);
      expect((await store.pullChanges(staff, 0, 100)).changes.map((change) => change.record)).toEqual([note]);
    });

    it('PUSH-4: a bad record in a good batch is rejected with its fields named, kept with its payload, and the rest applies', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      const owner = { wardId: staff.wardId, deviceId: staff.id };
      const [first, last] = [makeNote(owner), makeNote(owner)];
      const bad: Mutation = {
        mutationId: 2,
        kind: 'create',
        recordType: 'note',
        recordId: makeNote(owner).id,
        record: { ...makeNote(owner), text: '', secret: 'Mrs Marker' },
      };
      const answer = unwrap(
        await store.applyPushBatch(
          staff,
          pushOf([createMutation(1, 'note', first), bad, createMutation(3, 'note', last)]),
          baseTime,
        ),
      );
      expect(statusesOf(answer)).toEqual(['applied', 'rejected', 'applied']);
      expect(answer.results[1]?.reason).toMatch(/^invalid-record: .*text/);
      expect(answer.results[1]?.reason).not.toContain('Mrs Marker');
      expect(answer.lastAppliedMutationId).toBe(3);
      expect((await store.pullChanges(staff, 0, 100)).changes.map((change) => change.seq)).toEqual([1, 2]);
      const [kept] = await store.listQuarantine(staff.wardId);
      expect(kept).toMatchObject({ deviceId: staff.id, mutationId: 2, recordType: 'note', payload: bad });
    });

    it('DEV-4: a record for another ward is rejected wrong-ward; one made by another device is rejected wrong-device', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store, 'Ward 7B');
      const { staff: otherStaff } = await wardWithDevices(store, 'Ward 8A');
      const wrongWard = makeNote({ wardId: otherStaff.wardId, deviceId: staff.id });
      const wrongDevice = makeNote({ wardId: staff.wardId, deviceId: otherStaff.id });
      const answer = unwrap(
        await store.applyPushBatch(
          staff,
          pushOf([createMutation(1, 'note', wrongWard), createMutation(2, 'note', wrongDevice)]),
          baseTime,
        ),
      );
      expect(answer.results.map((result) => result.reason?.split(':')[0])).toEqual([
        'wrong-ward',
        'wrong-device',
      ]);
      expect((await store.pullChanges(otherStaff, 0, 100)).changes).toEqual([]);
      expect(await store.listQuarantine(staff.wardId)).toHaveLength(2);
      expect(await store.listQuarantine(otherStaff.wardId)).toEqual([]);
    });

    it('EPOCH-1: a device sending again a record another device made gets duplicate when the server has it', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      const colleague = (await enrol(store, staff.wardId, 'staff')).device;
      const note = makeNote({ wardId: staff.wardId, deviceId: colleague.id });
      unwrap(await store.applyPushBatch(colleague, pushOf([createMutation(1, 'note', note)]), baseTime));
      const answer = unwrap(
        await store.applyPushBatch(staff, pushOf([createMutation(1, 'note', note)]), baseTime),
      );
      expect(statusesOf(answer)).toEqual(['duplicate']);
    });

    it('DEV-3: a kiosk may push feedback responses, but not notes or idea changes', async () => {
      const { store } = current();
      const { kiosk } = await wardWithDevices(store);
      const owner = { wardId: kiosk.wardId, deviceId: kiosk.id };
      const idea = makeIdea(owner);
      const change: Mutation = {
        mutationId: 3,
        kind: 'change-idea',
        recordType: 'idea',
        recordId: idea.id,
        changes: {
          title: {
            value: 'Mine now',
            stamp: stampAt(baseTime, kiosk.id, 1),
            baseStamp: idea.fieldStamps.title,
          },
        },
      };
      const answer = unwrap(
        await store.applyPushBatch(
          kiosk,
          pushOf([
            createMutation(1, 'feedbackResponse', makeFeedback(owner)),
            createMutation(2, 'note', makeNote(owner)),
            change,
          ]),
          baseTime,
        ),
      );
      expect(statusesOf(answer)).toEqual(['applied', 'rejected', 'rejected']);
      expect(answer.results.slice(1).map((result) => result.reason?.split(':')[0])).toEqual([
        'forbidden',
        'forbidden',
      ]);
      expect(await store.listQuarantine(kiosk.wardId)).toHaveLength(2);
    });
  });

  describe('ideas', () => {
    it('PUSH-5: idea changes merge field by field: applied, duplicate, and conflict with the losing value kept', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      const colleague = (await enrol(store, staff.wardId, 'staff')).device;
      const idea = makeIdea({ wardId: staff.wardId, deviceId: staff.id });
      unwrap(await store.applyPushBatch(staff, pushOf([createMutation(1, 'idea', idea)]), baseTime));
      const base = idea.fieldStamps.title;
      const mine: Mutation = {
        mutationId: 2,
        kind: 'change-idea',
        recordType: 'idea',
        recordId: idea.id,
        changes: {
          title: {
            value: 'Quiet hours from 10pm',
            stamp: stampAt(minutesAfter(baseTime, 2), staff.id),
            baseStamp: base,
          },
        },
      };
      const theirs: Mutation = {
        mutationId: 1,
        kind: 'change-idea',
        recordType: 'idea',
        recordId: idea.id,
        changes: {
          title: {
            value: 'Quiet nights',
            stamp: stampAt(minutesAfter(baseTime, 1), colleague.id),
            baseStamp: base,
          },
        },
      };
      expect(statusesOf(unwrap(await store.applyPushBatch(staff, pushOf([mine]), baseTime)))).toEqual([
        'applied',
      ]);
      const sameAgain = { ...mine, mutationId: 3 };
      expect(statusesOf(unwrap(await store.applyPushBatch(staff, pushOf([sameAgain]), baseTime)))).toEqual([
        'duplicate',
      ]);
      const conflict = unwrap(await store.applyPushBatch(colleague, pushOf([theirs]), baseTime));
      expect(conflict.results[0]).toMatchObject({
        status: 'conflict',
        reason: expect.stringContaining('title'),
      });

      const { changes } = await store.pullChanges(staff, 0, 100);
      expect(changes).toHaveLength(1);
      expect(changes[0]?.record).toMatchObject({
        title: 'Quiet hours from 10pm',
        conflicts: [{ field: 'title', losingValue: 'Quiet nights', isResolved: false }],
      });
    });

    it("PUSH-5: a change to an unknown idea, or another ward's, is rejected unknown-idea", async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store, 'Ward 7B');
      const { staff: otherStaff } = await wardWithDevices(store, 'Ward 8A');
      const idea = makeIdea({ wardId: otherStaff.wardId, deviceId: otherStaff.id });
      unwrap(await store.applyPushBatch(otherStaff, pushOf([createMutation(1, 'idea', idea)]), baseTime));
      const change = (mutationId: number, recordId: string): Mutation => ({
        mutationId,
        kind: 'change-idea',
        recordType: 'idea',
        recordId,
        changes: {
          status: {
            value: 'adopted',
            stamp: stampAt(minutesAfter(baseTime, 1), staff.id),
            baseStamp: idea.fieldStamps.status,
          },
        },
      });
      const answer = unwrap(
        await store.applyPushBatch(
          staff,
          pushOf([change(1, idea.id), change(2, makeIdea({ wardId: staff.wardId, deviceId: staff.id }).id)]),
          baseTime,
        ),
      );
      expect(answer.results.map((result) => result.reason?.split(':')[0])).toEqual([
        'unknown-idea',
        'unknown-idea',
      ]);
      expect((await store.pullChanges(otherStaff, 0, 10)).changes[0]?.record).toMatchObject({
        status: 'trying',
      });
    });

    it('EPOCH-1: a create of an idea the server has joins the two copies instead of being refused', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      const idea = makeIdea({ wardId: staff.wardId, deviceId: staff.id });
      unwrap(await store.applyPushBatch(staff, pushOf([createMutation(1, 'idea', idea)]), baseTime));
      expect(
        statusesOf(
          unwrap(await store.applyPushBatch(staff, pushOf([createMutation(2, 'idea', idea)]), baseTime)),
        ),
      ).toEqual(['duplicate']);
      const later = stampAt(minutesAfter(baseTime, 3), staff.id);
      const newer = {
        ...idea,
        status: 'adopted' as const,
        fieldStamps: { ...idea.fieldStamps, status: later },
      };
      expect(
        statusesOf(
          unwrap(await store.applyPushBatch(staff, pushOf([createMutation(3, 'idea', newer)]), baseTime)),
        ),
      ).toEqual(['applied']);
      const { changes } = await store.pullChanges(staff, 0, 10);
      expect(changes).toEqual([expect.objectContaining({ seq: 2, record: newer })]);
    });
  });

  describe('clocks', () => {
    it('CLOCK-1: every push answer carries the device clock minus the server clock', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      const note = makeNote({ wardId: staff.wardId, deviceId: staff.id });
      const answer = unwrap(
        await store.applyPushBatch(
          staff,
          pushOf([createMutation(1, 'note', note)], minutesAfter(baseTime, -3)),
          baseTime,
        ),
      );
      expect(answer.clockSkewMs).toBe(-3 * 60_000);
    });

    it('CLOCK-2: a createdAt more than 10 minutes ahead is clamped to the server time, and sending it again is a duplicate', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      const owner = { wardId: staff.wardId, deviceId: staff.id };
      const fast = makeNote(owner, { createdAt: minutesAfter(baseTime, 11).toISOString() });
      const slightlyFast = makeNote(owner, { createdAt: minutesAfter(baseTime, 9).toISOString() });
      unwrap(
        await store.applyPushBatch(
          staff,
          pushOf([createMutation(1, 'note', fast), createMutation(2, 'note', slightlyFast)]),
          baseTime,
        ),
      );
      const { changes } = await store.pullChanges(staff, 0, 10);
      expect(changes.map((change) => change.record)).toEqual([
        { ...fast, createdAt: baseTime.toISOString() },
        slightlyFast,
      ]);
      const again = unwrap(
        await store.applyPushBatch(
          staff,
          pushOf([createMutation(3, 'note', fast)]),
          minutesAfter(baseTime, 60),
        ),
      );
      expect(statusesOf(again)).toEqual(['duplicate']);
    });

    it('CLOCK-2: an idea edit from a fast clock is re-stamped, so a later honest edit still wins', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      const fastTablet = (await enrol(store, staff.wardId, 'staff')).device;
      const idea = makeIdea({ wardId: staff.wardId, deviceId: staff.id });
      unwrap(await store.applyPushBatch(staff, pushOf([createMutation(1, 'idea', idea)]), baseTime));
      const title = (mutationId: number, value: string, stamp: string, baseStamp: string): Mutation => ({
        mutationId,
        kind: 'change-idea',
        recordType: 'idea',
        recordId: idea.id,
        changes: { title: { value, stamp, baseStamp } },
      });
      const fromTheFuture = title(
        1,
        'Fast',
        stampAt(minutesAfter(baseTime, 60), fastTablet.id),
        idea.fieldStamps.title,
      );
      expect(
        statusesOf(unwrap(await store.applyPushBatch(fastTablet, pushOf([fromTheFuture]), baseTime))),
      ).toEqual(['applied']);
      // What a colleague's tablet saw after pulling: the server's re-stamp, not an hour ahead.
      const pulled = unwrap(parseRecord('idea', (await store.pullChanges(staff, 0, 10)).changes[0]?.record));
      const seen = pulled.fieldStamps.title;
      expect(seen < stampAt(minutesAfter(baseTime, 1), fastTablet.id)).toBe(true);
      const honest = title(2, 'Honest', stampAt(minutesAfter(baseTime, 2), staff.id), seen);
      const answer = unwrap(await store.applyPushBatch(staff, pushOf([honest]), minutesAfter(baseTime, 2)));
      expect(statusesOf(answer)).toEqual(['applied']);
      expect((await store.pullChanges(staff, 0, 10)).changes[0]?.record).toMatchObject({
        title: 'Honest',
        conflicts: [],
      });
    });

    it('CLOCK-2: idea field stamps more than 10 minutes ahead are re-stamped at the server time', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      const idea = makeIdea({ wardId: staff.wardId, deviceId: staff.id }, {}, minutesAfter(baseTime, 60));
      unwrap(await store.applyPushBatch(staff, pushOf([createMutation(1, 'idea', idea)]), baseTime));
      const [change] = (await store.pullChanges(staff, 0, 10)).changes;
      const stored = unwrap(parseRecord('idea', change?.record));
      const serverStamp = stampAt(baseTime, staff.id);
      expect(Object.values(stored.fieldStamps)).toEqual(
        Object.values(idea.fieldStamps).map(() => serverStamp),
      );
    });
  });
};
