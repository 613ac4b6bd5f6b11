import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IDEA_EDITABLE_FIELDS, ideaSchema, type Idea } from '../ideas/idea';
import { mergeIdeaChanges } from '../ideas/merge-idea';
import {
  MAX_HYBRID_COUNTER,
  compareHybridTimestamps,
  formatHybridTimestamp,
  parseHybridTimestamp,
  type HybridTimestamp,
} from '../shared/hybrid-logical-clock';
import { createUuidV7 } from '../shared/ids';
import { parseSchema } from '../shared/parse-schema';
import { MAX_CLOCK_AHEAD_MS, clampCreatedAt, clockSkewMs, restampIfAhead } from './clock-rules';

const SERVER_NOW = Date.UTC(2025, 1, 3, 14, 0);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const fastDevice = createUuidV7(Date.UTC(2025, 0, 1), new Uint8Array(10).fill(7));
const rightDevice = createUuidV7(Date.UTC(2025, 0, 1), new Uint8Array(10).fill(3));

const iso = (ms: number): string => new Date(ms).toISOString();
const stampText = (nodeId: string, wallTime: number, counter = 0): string =>
  formatHybridTimestamp({ wallTime, counter, nodeId });
const read = (text: string): HybridTimestamp => {
  const parsed = parseHybridTimestamp(text);
  if (!parsed.isOk) throw new Error(parsed.error);
  return parsed.value;
};

describe('clampCreatedAt', () => {
  it('CLOCK-2: keeps a createdAt up to 10 minutes ahead, or in the past, as the device wrote it', () => {
    for (const createdAt of [
      iso(SERVER_NOW - DAY),
      iso(SERVER_NOW + 5 * MINUTE),
      iso(SERVER_NOW + MAX_CLOCK_AHEAD_MS),
    ]) {
      expect(clampCreatedAt(createdAt, SERVER_NOW)).toEqual({ value: createdAt, wasClamped: false });
    }
  });

  it('CLOCK-2: clamps a createdAt more than 10 minutes ahead to the server time, e.g. a device clock a day ahead', () => {
    const expected = { value: '2025-02-03T14:00:00.000Z', wasClamped: true };
    expect(clampCreatedAt(iso(SERVER_NOW + MAX_CLOCK_AHEAD_MS + 1), SERVER_NOW)).toEqual(expected);
    expect(clampCreatedAt(iso(SERVER_NOW + DAY), SERVER_NOW)).toEqual(expected);
  });

  it('takes another limit, and refuses input that was never parsed', () => {
    expect(clampCreatedAt(iso(SERVER_NOW + 2 * MINUTE), SERVER_NOW, MINUTE).wasClamped).toBe(true);
    expect(() => clampCreatedAt('yesterday', SERVER_NOW)).toThrow(RangeError);
    expect(() => clampCreatedAt(iso(SERVER_NOW), Number.NaN)).toThrow(RangeError);
  });
});

describe('restampIfAhead', () => {
  it('CLOCK-2: leaves a stamp up to 10 minutes ahead alone', () => {
    const stamp = stampText(fastDevice, SERVER_NOW + MAX_CLOCK_AHEAD_MS, 4);
    expect(restampIfAhead(stamp, SERVER_NOW, null)).toEqual({ stamp, wasRestamped: false });
  });

  it('CLOCK-2: re-stamps a device clock a day ahead at the server time, keeping the device id', () => {
    const result = restampIfAhead(
      stampText(fastDevice, SERVER_NOW + DAY, 3),
      SERVER_NOW,
      stampText(rightDevice, SERVER_NOW - DAY),
    );
    expect(result).toEqual({ stamp: stampText(fastDevice, SERVER_NOW), wasRestamped: true });
  });

  it('CLOCK-2: stays above the stored stamp when that is later than the server time', () => {
    const stored = stampText(rightDevice, SERVER_NOW + 5 * MINUTE, 2);
    expect(restampIfAhead(stampText(fastDevice, SERVER_NOW + DAY), SERVER_NOW, stored)).toEqual({
      stamp: stampText(fastDevice, SERVER_NOW + 5 * MINUTE, 3),
      wasRestamped: true,
    });
    const full = stampText(rightDevice, SERVER_NOW + 5 * MINUTE, MAX_HYBRID_COUNTER);
    expect(restampIfAhead(stampText(fastDevice, SERVER_NOW + DAY), SERVER_NOW, full).stamp).toBe(
      stampText(fastDevice, SERVER_NOW + 5 * MINUTE + 1, 0),
    );
  });

  it('CLOCK-2: keeps two future edits of one field in one batch in order and distinct', () => {
    const first = restampIfAhead(stampText(fastDevice, SERVER_NOW + DAY, 0), SERVER_NOW, null);
    const second = restampIfAhead(stampText(fastDevice, SERVER_NOW + DAY, 1), SERVER_NOW, first.stamp);
    expect(compareHybridTimestamps(read(second.stamp), read(first.stamp))).toBeGreaterThan(0);
  });

  it('CLOCK-2: leaves a future stamp that loses to an even later stored one to lose', () => {
    const stored = stampText(rightDevice, SERVER_NOW + 2 * DAY);
    const stamp = stampText(fastDevice, SERVER_NOW + DAY);
    expect(restampIfAhead(stamp, SERVER_NOW, stored)).toEqual({ stamp, wasRestamped: false });
  });

  it('refuses stamps that were never parsed', () => {
    expect(() => restampIfAhead('tomorrow', SERVER_NOW, null)).toThrow(RangeError);
    expect(() => restampIfAhead(stampText(fastDevice, SERVER_NOW + DAY), SERVER_NOW, 'now')).toThrow(
      RangeError,
    );
  });

  it('CLOCK-2: never changes whether the edit beats the stored stamp, and never leaves it far ahead', () => {
    const near = (offset: number) => fc.integer({ min: SERVER_NOW - offset, max: SERVER_NOW + offset });
    fc.assert(
      fc.property(
        near(2 * DAY),
        fc.integer({ min: 0, max: MAX_HYBRID_COUNTER }),
        fc.option(
          fc.tuple(near(MAX_CLOCK_AHEAD_MS), fc.integer({ min: 0, max: MAX_HYBRID_COUNTER }), fc.boolean()),
        ),
        (wallTime, counter, storedParts) => {
          const stamp = stampText(fastDevice, wallTime, counter);
          const stored =
            storedParts === null
              ? null
              : stampText(storedParts[2] ? rightDevice : fastDevice, storedParts[0], storedParts[1]);
          const result = restampIfAhead(stamp, SERVER_NOW, stored);
          const after = read(result.stamp);
          expect(after.nodeId).toBe(fastDevice);
          expect(after.wallTime - SERVER_NOW).toBeLessThanOrEqual(MAX_CLOCK_AHEAD_MS + 1);
          if (stored !== null) {
            const before = compareHybridTimestamps(read(stamp), read(stored)) > 0;
            expect(compareHybridTimestamps(after, read(stored)) > 0).toBe(before);
          }
          expect(result.wasRestamped).toBe(result.stamp !== stamp);
        },
      ),
    );
  });
});

describe('clock rules with the idea merge', () => {
  const s0 = stampText(rightDevice, SERVER_NOW - DAY);
  const parsed = parseSchema(ideaSchema, {
    id: createUuidV7(SERVER_NOW - DAY, new Uint8Array(10).fill(9)),
    wardId: 'ward-7b',
    deviceId: rightDevice,
    createdAt: iso(SERVER_NOW - DAY),
    schemaVersion: 1,
    title: 'Quiet hours after 10pm',
    description: '',
    status: 'idea',
    ownerRole: null,
    nextStep: '',
    nextStepDue: null,
    youSaidWeDid: null,
    isPublished: false,
    isDeleted: false,
    fieldStamps: Object.fromEntries(IDEA_EDITABLE_FIELDS.map((field) => [field, s0])),
    conflicts: [],
  });
  if (!parsed.isOk) throw new Error(parsed.error);
  const idea: Idea = parsed.value;

  /** What the server does with one title change: re-stamp if ahead, then merge. */
  const serverApplies = (
    current: Idea,
    value: string,
    stamp: string,
    baseStamp: string,
    nowMs: number,
  ): Idea => {
    const restamped = restampIfAhead(stamp, nowMs, current.fieldStamps.title);
    const merged = mergeIdeaChanges(current, { title: { value, stamp: restamped.stamp, baseStamp } });
    if (!merged.isOk) throw new Error(merged.error);
    return merged.value.idea;
  };

  it('CLOCK-2: a device clock a day ahead cannot win the next day’s edits', () => {
    const afterFast = serverApplies(
      idea,
      'Earplugs',
      stampText(fastDevice, SERVER_NOW + DAY),
      s0,
      SERVER_NOW,
    );
    expect(afterFast.title).toBe('Earplugs');

    const later = SERVER_NOW + 5 * MINUTE;
    const afterRight = serverApplies(
      afterFast,
      'Earplugs and eye masks',
      stampText(rightDevice, later),
      afterFast.fieldStamps.title,
      later,
    );
    expect(afterRight.title).toBe('Earplugs and eye masks');
    expect(afterRight.conflicts).toEqual([]);
  });

  it('CLOCK-2: without re-stamping, the same fast edit would have won', () => {
    const fastStamp = stampText(fastDevice, SERVER_NOW + DAY);
    const merged = mergeIdeaChanges(idea, { title: { value: 'Earplugs', stamp: fastStamp, baseStamp: s0 } });
    if (!merged.isOk) throw new Error(merged.error);
    const next = mergeIdeaChanges(merged.value.idea, {
      title: {
        value: 'Eye masks',
        stamp: stampText(rightDevice, SERVER_NOW + 5 * MINUTE),
        baseStamp: fastStamp,
      },
    });
    expect(next.isOk && next.value.idea.title).toBe('Earplugs');
  });
});

describe('clockSkewMs', () => {
  it('CLOCK-1: is the device clock minus the server clock, e.g. a device clock a day ahead', () => {
    expect(clockSkewMs(iso(SERVER_NOW + DAY), SERVER_NOW)).toBe(DAY);
    expect(clockSkewMs(iso(SERVER_NOW - 3 * MINUTE), SERVER_NOW)).toBe(-3 * MINUTE);
    expect(clockSkewMs(iso(SERVER_NOW), SERVER_NOW)).toBe(0);
    expect(() => clockSkewMs('soon', SERVER_NOW)).toThrow(RangeError);
  });
});
