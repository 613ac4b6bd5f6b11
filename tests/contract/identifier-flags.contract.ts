// SyncStore contract, part 4: the server's identifier check (PUSH-6) and the ward settings kiosks use
// (escalation text, mode of collection).
import { describe, expect, it } from 'vitest';
import { MODES_OF_COLLECTION } from '../../src/domain/feedback/modes-of-collection';
import { enrol, unwrap, openStoreForEachTest, wardWithDevices, type MakeStore } from './contract-setup';
import {
  baseTime,
  createMutation,
  makeFeedback,
  makeIdea,
  makeNote,
  makeNoteDeletion,
  minutesAfter,
  pushOf,
} from './sync-fixtures';

/** Identifiers typed by mistake: a phone number, a name after a title, an e-mail address, a postcode. */
const PHONE = '07700 900123';
const EMAIL = 'jane.doe@example.com';
const POSTCODE = 'LS1 4AP';

export const identifierFlagsContract = (makeStore: MakeStore): void => {
  const current = openStoreForEachTest(makeStore);

  describe('identifier flags', () => {
    it('PUSH-6: stores feedback and notes with identifiers as sent, and flags them with kinds and counts only', async () => {
      const { store, database } = current();
      const { staff, kiosk } = await wardWithDevices(store);
      const note = makeNote(
        { wardId: staff.wardId, deviceId: staff.id },
        { text: `Nurse Jane said to ring her daughter on ${PHONE} or Dr Patel.` },
      );
      const clean = makeNote({ wardId: staff.wardId, deviceId: staff.id });
      const feedback = makeFeedback(
        { wardId: kiosk.wardId, deviceId: kiosk.id },
        { whatWasGood: `Write to ${EMAIL}`, whatCouldBeBetter: `Parking near ${POSTCODE}, call ${PHONE}` },
      );
      const staffAnswer = unwrap(
        await store.applyPushBatch(
          staff,
          pushOf([createMutation(1, 'note', note), createMutation(2, 'note', clean)]),
          baseTime,
        ),
      );
      const kioskAnswer = unwrap(
        await store.applyPushBatch(
          kiosk,
          pushOf([createMutation(1, 'feedbackResponse', feedback)]),
          minutesAfter(baseTime, 1),
        ),
      );
      expect([...staffAnswer.results, ...kioskAnswer.results].map((result) => result.status)).toEqual([
        'applied',
        'applied',
        'applied',
      ]);
      const stored = (await store.pullChanges(staff, 0, 100)).changes.map((change) => change.record);
      expect(stored).toEqual([note, clean, feedback]);

      expect(await store.listIdentifierFlags(staff.wardId)).toEqual([
        {
          recordId: note.id,
          recordType: 'note',
          wardId: staff.wardId,
          kinds: [
            { kind: 'phone-number', count: 1 },
            { kind: 'name', count: 2 },
          ],
          flaggedAt: baseTime.toISOString(),
        },
        {
          recordId: feedback.id,
          recordType: 'feedbackResponse',
          wardId: kiosk.wardId,
          kinds: [
            { kind: 'phone-number', count: 1 },
            { kind: 'email', count: 1 },
            { kind: 'postcode', count: 1 },
          ],
          flaggedAt: minutesAfter(baseTime, 1).toISOString(),
        },
      ]);
      // What is kept is only kinds and counts: no word of the texts, none of the values found.
      const rows = await database.db.selectFrom('identifier_flags').selectAll().execute();
      const kept = JSON.stringify(rows);
      for (const secret of [
        PHONE,
        '900123',
        'Jane',
        'Patel',
        EMAIL,
        'example',
        POSTCODE,
        'daughter',
        'Parking',
      ]) {
        expect(kept).not.toContain(secret);
      }
    });

    it('PUSH-6, NOTE-2: stores a note deletion whose reason holds identifiers as sent, and flags it', async () => {
      const { store, database } = current();
      const { staff } = await wardWithDevices(store);
      const owner = { wardId: staff.wardId, deviceId: staff.id };
      const note = makeNote(owner);
      const deletion = makeNoteDeletion(owner, note.id, {
        reason: `Wrong patient: meant Mr Jones, ${PHONE}`,
      });
      const clean = makeNoteDeletion(owner, makeNote(owner).id);
      const answer = unwrap(
        await store.applyPushBatch(
          staff,
          pushOf([
            createMutation(1, 'note', note),
            createMutation(2, 'noteDeletion', deletion),
            createMutation(3, 'noteDeletion', clean),
          ]),
          baseTime,
        ),
      );
      expect(answer.results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied']);
      expect((await store.pullChanges(staff, 0, 100)).changes.map((change) => change.record)).toEqual([
        note,
        deletion,
        clean,
      ]);

      expect(await store.listIdentifierFlags(staff.wardId)).toEqual([
        {
          recordId: deletion.id,
          recordType: 'noteDeletion',
          wardId: staff.wardId,
          kinds: [
            { kind: 'phone-number', count: 1 },
            { kind: 'name', count: 1 },
          ],
          flaggedAt: baseTime.toISOString(),
        },
      ]);
      const kept = JSON.stringify(await database.db.selectFrom('identifier_flags').selectAll().execute());
      for (const secret of [PHONE, 'Jones', 'Wrong patient']) expect(kept).not.toContain(secret);
    });

    it('PUSH-6: checks text that is not plain ASCII in full', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      // Full-width digits and a curly apostrophe: read as an NHS number once normalised.
      const note = makeNote(
        { wardId: staff.wardId, deviceId: staff.id },
        { text: 'She’s NHS number is ９４３ ４７６ ５９１９' },
      );
      unwrap(await store.applyPushBatch(staff, pushOf([createMutation(1, 'note', note)]), baseTime));
      expect((await store.listIdentifierFlags(staff.wardId)).map((flag) => flag.kinds)).toEqual([
        [{ kind: 'nhs-number', count: 1 }],
      ]);
    });

    it('PUSH-6: flags a record once, when it is stored, and never a repeat, a rejected record or another type', async () => {
      const { store } = current();
      const { staff, kiosk } = await wardWithDevices(store);
      const owner = { wardId: staff.wardId, deviceId: staff.id };
      const note = makeNote(owner, { text: `Call ${PHONE}` });
      unwrap(await store.applyPushBatch(staff, pushOf([createMutation(1, 'note', note)]), baseTime));
      // Sent again with a new mutation id (as after an epoch change): a duplicate, not a second flag.
      const again = unwrap(
        await store.applyPushBatch(
          staff,
          pushOf([createMutation(2, 'note', note)]),
          minutesAfter(baseTime, 5),
        ),
      );
      expect(again.results.map((result) => result.status)).toEqual(['duplicate']);
      // A kiosk may not send notes (DEV-3), and ideas are not checked.
      const forbidden = makeNote({ wardId: kiosk.wardId, deviceId: kiosk.id }, { text: `Call ${PHONE}` });
      const kioskAnswer = unwrap(
        await store.applyPushBatch(kiosk, pushOf([createMutation(1, 'note', forbidden)]), baseTime),
      );
      expect(kioskAnswer.results.map((result) => result.status)).toEqual(['rejected']);
      const idea = makeIdea(owner, { title: `Ring ${PHONE}`, description: `Dr Patel, ${EMAIL}` });
      unwrap(await store.applyPushBatch(staff, pushOf([createMutation(3, 'idea', idea)]), baseTime));

      expect(await store.listIdentifierFlags()).toEqual([
        expect.objectContaining({ recordId: note.id, flaggedAt: baseTime.toISOString() }),
      ]);
    });

    it('PUSH-6: a push that stores nothing (a revoked device) flags nothing', async () => {
      const { store } = current();
      const { staff } = await wardWithDevices(store);
      const note = makeNote({ wardId: staff.wardId, deviceId: staff.id }, { text: `Call ${PHONE}` });
      await store.revokeDevice(staff.id, baseTime);
      expect(await store.applyPushBatch(staff, pushOf([createMutation(1, 'note', note)]), baseTime)).toEqual({
        isOk: false,
        error: 'unauthorized',
      });
      expect(await store.listIdentifierFlags()).toEqual([]);
    });

    it('lists the flags of one ward, or of every ward, oldest first', async () => {
      const { store } = current();
      const first = await wardWithDevices(store, 'Ward 7B');
      const second = await wardWithDevices(store, 'Ward 2A');
      const other = (await enrol(store, first.ward.id, 'staff')).device;
      const push = async (device: typeof other, minutes: number) => {
        const note = makeNote({ wardId: device.wardId, deviceId: device.id }, { text: `Mx Quinn, ${PHONE}` });
        unwrap(
          await store.applyPushBatch(
            device,
            pushOf([createMutation(minutes + 1, 'note', note)]),
            minutesAfter(baseTime, minutes),
          ),
        );
        return note.id;
      };
      const late = await push(first.staff, 30);
      const elsewhere = await push(second.staff, 20);
      const early = await push(other, 10);

      expect((await store.listIdentifierFlags(first.ward.id)).map((flag) => flag.recordId)).toEqual([
        early,
        late,
      ]);
      expect((await store.listIdentifierFlags()).map((flag) => flag.recordId)).toEqual([
        early,
        elsewhere,
        late,
      ]);
      expect(await store.listIdentifierFlags('no-such-ward')).toEqual([]);
    });
  });

  describe('ward settings for kiosks', () => {
    it('sets and clears the escalation text, trimmed, at most 1,000 characters', async () => {
      const { store } = current();
      const ward = unwrap(await store.createWard('Ward 7B', baseTime));
      unwrap(await store.setEscalationText(ward.id, '  ask for the nurse in charge.  '));
      expect((await store.findWard(ward.id))?.escalationText).toBe('ask for the nurse in charge.');
      expect(await store.setEscalationText(ward.id, 'x'.repeat(1001))).toMatchObject({ isOk: false });
      expect((await store.findWard(ward.id))?.escalationText).toBe('ask for the nurse in charge.');
      unwrap(await store.setEscalationText(ward.id, '   '));
      expect((await store.findWard(ward.id))?.escalationText).toBeNull();
      expect(await store.setEscalationText('no-such-ward', 'text')).toMatchObject({ isOk: false });
    });

    it('sets and clears the mode of collection', async () => {
      const { store } = current();
      const ward = unwrap(await store.createWard('Ward 7B', baseTime));
      expect((await store.findWard(ward.id))?.modeOfCollection).toBeNull();
      for (const mode of MODES_OF_COLLECTION) {
        unwrap(await store.setModeOfCollection(ward.id, mode));
        expect((await store.findWard(ward.id))?.modeOfCollection).toBe(mode);
      }
      unwrap(await store.setModeOfCollection(ward.id, null));
      expect((await store.findWard(ward.id))?.modeOfCollection).toBeNull();
      expect(await store.setModeOfCollection('no-such-ward', 'sms')).toMatchObject({ isOk: false });
    });
  });
};
