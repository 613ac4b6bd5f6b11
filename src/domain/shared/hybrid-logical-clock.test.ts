import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_CLOCK_DRIFT_MS,
  MAX_HYBRID_COUNTER,
  compareHybridTimestamps,
  formatHybridTimestamp,
  initialHybridTimestamp,
  parseHybridTimestamp,
  receiveClock,
  tickClock,
  type HybridTimestamp,
} from './hybrid-logical-clock';

const YEAR_3000_MS = 32_503_680_000_000;

const nodeIdArbitrary = fc.string({ minLength: 1, maxLength: 12 });
const physicalTimeArbitrary = fc.integer({ min: 0, max: YEAR_3000_MS });
const timestampArbitrary: fc.Arbitrary<HybridTimestamp> = fc.record({
  wallTime: physicalTimeArbitrary,
  counter: fc.integer({ min: 0, max: MAX_HYBRID_COUNTER }),
  nodeId: nodeIdArbitrary,
});
/** Few distinct values, so that ties on wall time and counter are common. */
const crowdedTimestampArbitrary: fc.Arbitrary<HybridTimestamp> = fc.record({
  wallTime: fc.integer({ min: 0, max: 3 }),
  counter: fc.integer({ min: 0, max: 3 }),
  nodeId: fc.constantFrom('a', 'b', 'ab', 'b-1'),
});

const isAfter = (later: HybridTimestamp, earlier: HybridTimestamp): boolean =>
  compareHybridTimestamps(later, earlier) > 0;

describe('tickClock', () => {
  it('strictly increases and never falls below the physical time, even when the clock goes backwards', () => {
    fc.assert(
      fc.property(
        nodeIdArbitrary,
        fc.array(physicalTimeArbitrary, { minLength: 1, maxLength: 50 }),
        (nodeId, times) => {
          let clock = initialHybridTimestamp(nodeId);
          for (const now of times) {
            const next = tickClock(clock, now);
            expect(isAfter(next, clock)).toBe(true);
            expect(next.wallTime).toBeGreaterThanOrEqual(now);
            expect(next.nodeId).toBe(nodeId);
            clock = next;
          }
        },
      ),
    );
  });

  it('follows the physical clock when it moves on, and counts when it stands still or goes back', () => {
    const start = tickClock(initialHybridTimestamp('tablet'), 1000);
    expect(start).toEqual({ wallTime: 1000, counter: 0, nodeId: 'tablet' });
    expect(tickClock(start, 1000)).toEqual({ wallTime: 1000, counter: 1, nodeId: 'tablet' });
    expect(tickClock(start, 400)).toEqual({ wallTime: 1000, counter: 1, nodeId: 'tablet' });
    expect(tickClock(start, 1001)).toEqual({ wallTime: 1001, counter: 0, nodeId: 'tablet' });
  });

  it('moves the wall time on by 1 ms instead of overflowing the counter', () => {
    const full = { wallTime: 5000, counter: MAX_HYBRID_COUNTER, nodeId: 'tablet' };
    const next = tickClock(full, 4000);
    expect(next).toEqual({ wallTime: 5001, counter: 0, nodeId: 'tablet' });
    expect(isAfter(next, full)).toBe(true);
  });

  it('refuses a physical time that is not a non-negative number', () => {
    expect(() => tickClock(initialHybridTimestamp('tablet'), Number.NaN)).toThrow(RangeError);
    expect(() => tickClock(initialHybridTimestamp('tablet'), -1)).toThrow(RangeError);
  });
});

describe('receiveClock', () => {
  it('returns a stamp greater than both the local and the remote stamp, keeping the local node id', () => {
    fc.assert(
      fc.property(
        timestampArbitrary,
        physicalTimeArbitrary,
        fc.integer({ min: -YEAR_3000_MS, max: DEFAULT_MAX_CLOCK_DRIFT_MS }),
        fc.integer({ min: 0, max: MAX_HYBRID_COUNTER }),
        nodeIdArbitrary,
        (local, now, remoteOffset, remoteCounter, remoteNode) => {
          const remote = {
            wallTime: Math.max(0, now + remoteOffset),
            counter: remoteCounter,
            nodeId: remoteNode,
          };
          const result = receiveClock(local, remote, now);
          if (!result.isOk) throw new Error('a remote within the drift limit must be accepted');
          expect(isAfter(result.value, local)).toBe(true);
          expect(isAfter(result.value, remote)).toBe(true);
          expect(result.value.wallTime).toBeGreaterThanOrEqual(now);
          expect(result.value.nodeId).toBe(local.nodeId);
        },
      ),
    );
  });

  it('keeps stamps increasing across any mix of local events and received stamps', () => {
    const eventArbitrary = fc.oneof(
      fc.record({ kind: fc.constant('tick' as const), now: physicalTimeArbitrary }),
      fc.record({
        kind: fc.constant('receive' as const),
        now: physicalTimeArbitrary,
        remote: timestampArbitrary,
      }),
    );
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 40 }), (events) => {
        let clock = initialHybridTimestamp('tablet');
        for (const event of events) {
          if (event.kind === 'tick') {
            const next = tickClock(clock, event.now);
            expect(isAfter(next, clock)).toBe(true);
            clock = next;
            continue;
          }
          const result = receiveClock(clock, event.remote, event.now, { maxDriftMs: YEAR_3000_MS });
          if (!result.isOk) throw new Error('nothing is too far ahead with this drift limit');
          expect(isAfter(result.value, clock)).toBe(true);
          clock = result.value;
        }
      }),
    );
  });

  it('refuses, without throwing, a remote stamp more than a day ahead by default', () => {
    const local = { wallTime: 1000, counter: 0, nodeId: 'local' };
    const now = 2000;
    const atLimit = { wallTime: now + DEFAULT_MAX_CLOCK_DRIFT_MS, counter: 0, nodeId: 'remote' };
    expect(receiveClock(local, atLimit, now).isOk).toBe(true);
    const beyond = { ...atLimit, wallTime: atLimit.wallTime + 1 };
    expect(receiveClock(local, beyond, now)).toEqual({
      isOk: false,
      error: {
        kind: 'remote-clock-too-far-ahead',
        aheadByMs: DEFAULT_MAX_CLOCK_DRIFT_MS + 1,
        maxDriftMs: DEFAULT_MAX_CLOCK_DRIFT_MS,
      },
    });
  });

  it('takes a configurable drift limit', () => {
    const local = initialHybridTimestamp('local');
    const remote = { wallTime: 10_061_000, counter: 0, nodeId: 'remote' };
    expect(receiveClock(local, remote, 10_000_000, { maxDriftMs: 60_000 }).isOk).toBe(false);
    expect(receiveClock(local, remote, 10_000_000, { maxDriftMs: 61_000 }).isOk).toBe(true);
  });
});

describe('compareHybridTimestamps', () => {
  it('is antisymmetric and returns 0 only for equal stamps', () => {
    fc.assert(
      fc.property(crowdedTimestampArbitrary, crowdedTimestampArbitrary, (a, b) => {
        expect(Math.sign(compareHybridTimestamps(a, b))).toBe(-Math.sign(compareHybridTimestamps(b, a)) || 0);
        const isEqual = a.wallTime === b.wallTime && a.counter === b.counter && a.nodeId === b.nodeId;
        expect(compareHybridTimestamps(a, b) === 0).toBe(isEqual);
      }),
    );
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(
        crowdedTimestampArbitrary,
        crowdedTimestampArbitrary,
        crowdedTimestampArbitrary,
        (a, b, c) => {
          if (compareHybridTimestamps(a, b) <= 0 && compareHybridTimestamps(b, c) <= 0) {
            expect(compareHybridTimestamps(a, c)).toBeLessThanOrEqual(0);
          }
        },
      ),
    );
  });

  it('orders by wall time, then counter, then node id', () => {
    const stamp = { wallTime: 10, counter: 5, nodeId: 'm' };
    expect(compareHybridTimestamps(stamp, { wallTime: 11, counter: 0, nodeId: 'a' })).toBeLessThan(0);
    expect(compareHybridTimestamps(stamp, { wallTime: 10, counter: 6, nodeId: 'a' })).toBeLessThan(0);
    expect(compareHybridTimestamps(stamp, { wallTime: 10, counter: 5, nodeId: 'n' })).toBeLessThan(0);
  });
});

describe('formatHybridTimestamp and parseHybridTimestamp', () => {
  it('round-trip', () => {
    fc.assert(
      fc.property(timestampArbitrary, (stamp) => {
        expect(parseHybridTimestamp(formatHybridTimestamp(stamp))).toEqual({ isOk: true, value: stamp });
      }),
    );
  });

  it('give strings whose plain string order is the clock order', () => {
    fc.assert(
      fc.property(
        fc.oneof(timestampArbitrary, crowdedTimestampArbitrary),
        crowdedTimestampArbitrary,
        (a, b) => {
          const [textA, textB] = [formatHybridTimestamp(a), formatHybridTimestamp(b)];
          const stringOrder = textA < textB ? -1 : textA > textB ? 1 : 0;
          expect(stringOrder).toBe(Math.sign(compareHybridTimestamps(a, b)));
        },
      ),
    );
  });

  it('writes fixed-width numbers', () => {
    expect(formatHybridTimestamp({ wallTime: 1_732_550_400_000, counter: 7, nodeId: 'tablet-1' })).toBe(
      '001732550400000-000007-tablet-1',
    );
  });

  it('refuses to format a stamp outside the schema', () => {
    expect(() => formatHybridTimestamp({ wallTime: -1, counter: 0, nodeId: 'a' })).toThrow(RangeError);
    expect(() => formatHybridTimestamp({ wallTime: 1, counter: 0.5, nodeId: 'a' })).toThrow(RangeError);
    expect(() => formatHybridTimestamp({ wallTime: 1, counter: 0, nodeId: '' })).toThrow(RangeError);
  });

  it('refuses text that is not a formatted stamp', () => {
    for (const text of [
      '',
      'hello',
      '1732550400000-000007-a',
      '001732550400000-7-a',
      '001732550400000-000007-',
    ]) {
      expect(parseHybridTimestamp(text).isOk).toBe(false);
    }
  });
});
