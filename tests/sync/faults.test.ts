// Faults between tablets and the real server: lost answers, busy servers, bad mutations, revoked
// tokens, pulls cut off half way, a fast tablet clock and a server restored from backup.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queueIdeaChange } from '../../src/data/outbox';
import { readEnrolment, readSyncState } from '../../src/data/sync-state-repository';
import { parseHybridTimestamp } from '../../src/domain/shared/hybrid-logical-clock';
import { createUuidV7 } from '../../src/domain/shared/ids';
import type { Ward } from '../../src/server/storage/sync-store';
import { BACKOFF_MAX_MS, backoffDelayMs } from '../../src/sync/backoff';
import { PROBLEMS } from '../../src/sync/sync-status';
import { createInMemoryNetwork, type InMemoryNetwork } from '../support/in-memory-transport';
import { seedNotes } from './support/seed-notes';
import { createTestDevice, syncAndFlush, type TestDevice } from './support/test-device';

let network: InMemoryNetwork;
let ward: Ward;
beforeEach(async () => {
  network = await createInMemoryNetwork();
  ward = await network.createWard();
});
afterEach(async () => {
  vi.useRealTimers();
  await network.close();
});

const isPush = (request: { url: string }) => request.url.startsWith('/api/v1/sync/push');
const isPull = (request: { url: string }) => request.url.startsWith('/api/v1/sync/pull');

/** Every record the server holds for the ward, by id. */
const serverRecordIds = async (deviceOfWard: TestDevice): Promise<string[]> => {
  const enrolment = await readEnrolment(deviceOfWard.db);
  if (enrolment === null) throw new Error('not enrolled');
  const page = await network.store.pullChanges(
    { id: enrolment.deviceId, wardId: ward.id, role: 'staff' },
    0,
    500,
  );
  return page.changes.map((change) => (change.record as { id: string }).id).sort();
};

const saveNotes = async (device: TestDevice, count: number): Promise<void> => {
  for (let index = 0; index < count; index += 1) {
    const saved = await device.notes.save({ text: `Note ${index}` });
    if (!saved.isOk) throw new Error(saved.error);
  }
};

/** Lets IndexedDB and the network (which run on macrotasks) catch up, without moving fake clocks. */
const waitUntil = async (condition: () => boolean | Promise<boolean>): Promise<void> => {
  for (let tick = 0; tick < 2000; tick += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('The condition was never met.');
};

describe('lost answers', () => {
  it('PUSH-2, PUSH-5: an answer lost after the server committed is sent again, answered duplicate, stored once', async () => {
    const a = await createTestDevice(network, { seed: 1, wardId: ward.id });
    const b = await createTestDevice(network, { seed: 2, wardId: ward.id });
    await saveNotes(a, 3);
    network.failNext('drop-response', isPush);

    await syncAndFlush(network, a);
    expect(a.engine.getStatus()).toMatchObject({
      state: 'offline',
      pendingCount: 3,
      problem: PROBLEMS.unreachable,
    });
    expect(await serverRecordIds(a)).toHaveLength(3);

    await syncAndFlush(network, a);
    await syncAndFlush(network, b);

    expect(a.engine.getStatus()).toMatchObject({ state: 'idle', pendingCount: 0, problem: null });
    expect(await serverRecordIds(a)).toHaveLength(3);
    expect(await b.notes.listNewestFirst(10)).toEqual(await a.notes.listNewestFirst(10));
    expect(await network.store.listQuarantine(ward.id)).toEqual([]);
  });

  it('PULL-3: a pull answer that is lost leaves the cursor alone, and the page comes again without duplicates', async () => {
    const a = await createTestDevice(network, { seed: 1, wardId: ward.id });
    const b = await createTestDevice(network, { seed: 2, wardId: ward.id });
    await saveNotes(a, 4);
    await syncAndFlush(network, a);
    network.failNext('drop-response', isPull);

    await syncAndFlush(network, b);
    expect(await b.db.notes.count()).toBe(0);
    expect((await readSyncState(b.db)).cursor).toBe(0);

    await syncAndFlush(network, b);
    expect(await b.db.notes.count()).toBe(4);
    expect((await readSyncState(b.db)).cursor).toBe((await readSyncState(a.db)).cursor);
  });

  it('PULL-3: a page that fails half way through being stored changes nothing and is pulled again', async () => {
    const a = await createTestDevice(network, { seed: 1, wardId: ward.id });
    const b = await createTestDevice(network, { seed: 2, wardId: ward.id });
    await seedNotes(a, 620); // two pages: 500 and 120
    await syncAndFlush(network, a);
    let puts = 0;
    const failOnSecondPage = () => {
      puts += 1;
      if (puts === 560) throw new Error('Simulated storage failure');
    };
    b.db.notes.hook('creating', failOnSecondPage);

    await syncAndFlush(network, b);
    expect(b.engine.getStatus()).toMatchObject({ state: 'waiting-to-retry', problem: PROBLEMS.storage });
    expect(await b.db.notes.count()).toBe(500);
    const cursorAfterFirstPage = (await readSyncState(b.db)).cursor;
    expect(cursorAfterFirstPage).toBeGreaterThan(0);

    b.db.notes.hook('creating').unsubscribe(failOnSecondPage);
    await syncAndFlush(network, b);
    expect(await b.db.notes.count()).toBe(620);
    expect(new Set((await b.db.notes.toArray()).map((note) => note.id)).size).toBe(620);
    expect(b.engine.getStatus().state).toBe('idle');
  });

  it('PUSH-2: a push that reaches the server twice (a replay) stores each record once', async () => {
    network.setMode('manual');
    const a = await createTestDevice(network, { seed: 1, wardId: ward.id });
    await saveNotes(a, 2);
    const syncing = a.engine.syncNow();
    // Deliver the ward request, then replay the push.
    await waitUntil(async () => {
      if (network.pending().some(isPush)) return true;
      await network.deliverNext();
      return false;
    });
    await network.deliver(network.pending().findIndex(isPush), 'duplicate');
    await network.deliverUntil(syncing);
    await network.flush();

    expect(await serverRecordIds(a)).toHaveLength(2);
    expect(network.serverHits().get('/api/v1/sync/push')).toBe(2);
    expect(a.engine.getStatus().pendingCount).toBe(0);
  });
});

describe('a server that is busy or failing (ENG-3)', () => {
  const startWithFakeTimers = async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const delays: number[] = [];
    const a = await createTestDevice(network, {
      seed: 1,
      wardId: ward.id,
      random: () => 0.5,
      engine: {
        setTimer: (callback, delayMs) => {
          delays.push(delayMs);
          return setTimeout(callback, delayMs);
        },
        clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      },
    });
    return { a, delays };
  };

  /** Runs the timer due next, then waits for the cycle it starts to finish. */
  const runNextTimer = async (a: TestDevice, delays: number[]): Promise<void> => {
    const scheduled = delays.length;
    await vi.advanceTimersToNextTimerAsync();
    await waitUntil(() => delays.length > scheduled && a.engine.getStatus().state !== 'syncing');
  };

  it('ENG-3: backs off exponentially with jitter on 5xx, up to 5 minutes, and resets on success', async () => {
    const { a, delays } = await startWithFakeTimers();
    for (let failure = 0; failure < 12; failure += 1) network.failNext({ status: 503 });

    await a.engine.start();
    await runNextTimer(a, delays); // the first cycle, at once
    expect(a.engine.getStatus()).toMatchObject({ state: 'waiting-to-retry', problem: PROBLEMS.retry });
    for (let failure = 1; failure < 12; failure += 1) await runNextTimer(a, delays);
    await runNextTimer(a, delays); // the 13th try goes through

    const retries = delays.slice(1, 13);
    expect(retries).toEqual(Array.from({ length: 12 }, (_, attempt) => backoffDelayMs(attempt, () => 0.5)));
    expect(retries.slice(0, 4)).toEqual([1000, 1500, 2500, 4500]);
    expect(Math.max(...retries)).toBeLessThanOrEqual(BACKOFF_MAX_MS);
    expect(retries.at(-1)).toBe(backoffDelayMs(11, () => 0.5));
    expect(a.engine.getStatus()).toMatchObject({ state: 'idle', problem: null, nextRetryAt: null });
    expect(delays.at(-1)).toBe(30_000);

    // After a success the next failure starts from 1 s again.
    network.failNext({ status: 500 });
    await runNextTimer(a, delays);
    expect(delays.at(-1)).toBe(1000);
    await a.engine.stop();
  });

  it('ENG-3: honours Retry-After on 429, capped at 5 minutes, and shows when it will try again', async () => {
    const { a, delays } = await startWithFakeTimers();
    network.failNext({
      status: 429,
      retryAfter: '120',
      body: { error: 'rate-limited', message: 'Too many.' },
    });
    network.failNext({ status: 429, retryAfter: '7200' });

    await a.engine.start();
    await runNextTimer(a, delays);
    expect(delays.at(-1)).toBe(120_000);
    expect(a.engine.getStatus()).toMatchObject({
      state: 'waiting-to-retry',
      nextRetryAt: new Date(a.environment.now().getTime() + 120_000).toISOString(),
    });
    await runNextTimer(a, delays);
    expect(delays.at(-1)).toBe(BACKOFF_MAX_MS);
    await a.engine.stop();
  });

  it('ENG-3, ENG-4: "Sync now" forgets the backoff; unreachable is offline, an answer is online', async () => {
    const { a, delays } = await startWithFakeTimers();
    for (let failure = 0; failure < 4; failure += 1) network.failNext('drop-request');
    await a.engine.start();
    for (let failure = 0; failure < 4; failure += 1) await runNextTimer(a, delays);
    expect(a.engine.getStatus()).toMatchObject({ state: 'offline', problem: PROBLEMS.unreachable });
    expect(delays.at(-1)).toBe(backoffDelayMs(3, () => 0.5));

    network.failNext('drop-request');
    await a.engine.syncNow();
    expect(delays.at(-1)).toBe(1000);
    await a.engine.syncNow();
    expect(a.engine.getStatus()).toMatchObject({ state: 'idle', problem: null });
    expect(a.engine.getStatus().lastCheckedAt).not.toBeNull();
    await a.engine.stop();
  });
});

describe('refusals', () => {
  it('PUSH-4: one bad mutation in a good batch is quarantined and removed; the rest apply; the status says so', async () => {
    const a = await createTestDevice(network, { seed: 1, wardId: ward.id });
    await saveNotes(a, 2);
    const unknownIdea = createUuidV7(a.environment.now().getTime(), new Uint8Array(10).fill(42));
    const stamp = `${String(a.environment.now().getTime()).padStart(15, '0')}-000000-${unknownIdea}`;
    await a.db.transaction('rw', a.db.outbox, () =>
      queueIdeaChange(
        a.db,
        unknownIdea,
        { title: { value: 'Ghost', stamp, baseStamp: stamp } },
        a.environment.now(),
      ),
    );
    await saveNotes(a, 1);

    await syncAndFlush(network, a);

    expect(await serverRecordIds(a)).toHaveLength(3);
    const quarantine = await network.store.listQuarantine(ward.id);
    expect(quarantine.map((entry) => [entry.recordId, entry.reason.split(':')[0]])).toEqual([
      [unknownIdea, 'unknown-idea'],
    ]);
    expect(a.engine.getStatus()).toMatchObject({
      state: 'idle',
      pendingCount: 0,
      problem: PROBLEMS.rejectedMutations(1),
    });
  });

  it('DEV-2: a revoked tablet pauses, keeps its outbox, and does not keep knocking', async () => {
    const setTimer = vi.fn(() => null);
    const a = await createTestDevice(network, { seed: 1, wardId: ward.id, engine: { setTimer } });
    await a.engine.start();
    await syncAndFlush(network, a);
    const enrolment = await readEnrolment(a.db);
    if (enrolment === null) throw new Error('not enrolled');
    await network.store.revokeDevice(enrolment.deviceId, network.serverClock.now());
    await saveNotes(a, 2);
    setTimer.mockClear();

    await syncAndFlush(network, a);

    expect(a.engine.getStatus()).toMatchObject({
      state: 'paused',
      pendingCount: 2,
      problem: PROBLEMS.unauthorized,
    });
    expect(await a.db.outbox.count()).toBe(2);
    expect(setTimer).not.toHaveBeenCalled();
    await a.engine.stop();
  });

  it('VER-2: a server that does not speak this version is named, and the outbox is kept', async () => {
    const a = await createTestDevice(network, { seed: 1, wardId: ward.id });
    await saveNotes(a, 1);
    network.failNext({ status: 409, body: { error: 'server-too-old', message: 'Update the server.' } });
    await syncAndFlush(network, a);
    expect(a.engine.getStatus()).toMatchObject({
      state: 'needs-update',
      problem: PROBLEMS.serverTooOld,
      pendingCount: 1,
    });

    network.failNext({ status: 426, body: { error: 'client-too-old', message: 'Update the app.' } });
    await syncAndFlush(network, a);
    expect(a.engine.getStatus()).toMatchObject({
      state: 'needs-update',
      problem: PROBLEMS.clientTooOld,
      pendingCount: 1,
    });
  });

  it('a malformed answer from the server is waited out, not a crash', async () => {
    const a = await createTestDevice(network, { seed: 1, wardId: ward.id });
    network.failNext({ status: 200, body: { surprise: true } });
    await syncAndFlush(network, a);
    expect(a.engine.getStatus().state).toBe('waiting-to-retry');
    await syncAndFlush(network, a);
    expect(a.engine.getStatus().state).toBe('idle');
  });
});

describe('clocks (CLOCK-1, CLOCK-2)', () => {
  it('a tablet a day ahead: createdAt clamped, skew reported, its idea edits re-stamped so they do not win every merge', async () => {
    const day = 24 * 60 * 60 * 1000;
    const fast = await createTestDevice(network, { seed: 1, wardId: ward.id, clockOffsetMs: day });
    const right = await createTestDevice(network, { seed: 2, wardId: ward.id });
    const note = await fast.notes.save({ text: 'Written on a fast tablet' });
    const idea = await fast.ideas.create({ title: 'Quieter nights' });
    if (!note.isOk || !idea.isOk) throw new Error('save failed');

    await syncAndFlush(network, fast);
    await syncAndFlush(network, right);

    const serverNow = network.serverClock.now().toISOString();
    expect((await fast.notes.listNewestFirst(1))[0]?.createdAt).toBe(serverNow);
    expect((await right.notes.listNewestFirst(1))[0]?.createdAt).toBe(serverNow);
    expect(fast.engine.getStatus().clockSkewMs).toBe(day);
    const stampOnServer = parseHybridTimestamp(
      (await right.ideas.get(idea.value.id))?.fieldStamps.title ?? '',
    );
    expect(stampOnServer.isOk && stampOnServer.value.wallTime).toBe(network.serverClock.now().getTime());

    // The fast tablet edits; a minute later, not having seen it, the right one edits the same field.
    fast.environment.advance(1000);
    await fast.ideas.changeFields(idea.value.id, { title: 'From the fast tablet' });
    await syncAndFlush(network, fast);
    network.serverClock.advance(60_000);
    right.environment.advance(60_000);
    await right.ideas.changeFields(idea.value.id, { title: 'From the right tablet' });
    await syncAndFlush(network, right);
    await syncAndFlush(network, fast);

    const onFast = await fast.ideas.get(idea.value.id);
    expect(onFast).toEqual(await right.ideas.get(idea.value.id));
    expect(onFast?.title).toBe('From the right tablet');
    expect(onFast?.conflicts.map((conflict) => conflict.losingValue)).toEqual(['From the fast tablet']);
  });
});

describe('a fast tablet and a third edit (CLOCK-2, IDEA-2)', () => {
  it('a value another tablet made between two edits of a fast tablet is kept, not silently replaced', async () => {
    const fast = await createTestDevice(network, { seed: 1, wardId: ward.id, clockOffsetMs: 30 * 60 * 1000 });
    const other = await createTestDevice(network, { seed: 2, wardId: ward.id });
    const idea = await other.ideas.create({ title: 'Quieter nights' });
    if (!idea.isOk) throw new Error(idea.error);
    for (const device of [other, fast]) await syncAndFlush(network, device);

    // The fast tablet's first edit reaches the server, which re-stamps it at its own time.
    await fast.ideas.changeFields(idea.value.id, { title: 'Fast 1' });
    network.failNext('drop-request', isPull);
    await syncAndFlush(network, fast);
    // The other tablet sees it and edits after it.
    network.serverClock.advance(1000);
    other.environment.advance(1000);
    await syncAndFlush(network, other);
    expect((await other.ideas.get(idea.value.id))?.title).toBe('Fast 1');
    await other.ideas.changeFields(idea.value.id, { title: 'Other 1' });
    await syncAndFlush(network, other);
    // The fast tablet, not having seen that, edits again: "Other 1" must be kept as a conflict.
    network.serverClock.advance(1000);
    fast.environment.advance(2000);
    await fast.ideas.changeFields(idea.value.id, { title: 'Fast 2' });
    for (const device of [fast, other]) await syncAndFlush(network, device);

    const onOther = await other.ideas.get(idea.value.id);
    expect(onOther).toEqual(await fast.ideas.get(idea.value.id));
    expect(onOther?.title).toBe('Fast 2');
    expect(onOther?.conflicts.map((conflict) => conflict.losingValue)).toContain('Other 1');
  });
});

describe('a server restored from backup (EPOCH-1)', () => {
  it('tablets push again what they hold and pull from the start, and end with the same records as the server', async () => {
    const a = await createTestDevice(network, { seed: 1, wardId: ward.id });
    const b = await createTestDevice(network, { seed: 2, wardId: ward.id });
    await saveNotes(a, 2);
    const idea = await b.ideas.create({ title: 'Quieter nights' });
    if (!idea.isOk) throw new Error(idea.error);
    for (const device of [a, b, a]) await syncAndFlush(network, device);
    const backup = await network.backup();

    // After the backup: more records, an edit, all synced everywhere, then lost by the restore.
    await saveNotes(a, 2);
    await saveNotes(b, 1);
    expect((await a.ideas.changeFields(idea.value.id, { status: 'trying' })).isOk).toBe(true);
    for (const device of [a, b, a, b]) await syncAndFlush(network, device);
    const everyId = await serverRecordIds(a);
    expect(everyId).toHaveLength(6);
    await network.restore(backup, 'epoch-after-restore');
    expect(await serverRecordIds(a)).toHaveLength(3);

    for (const device of [a, b, a, b]) await syncAndFlush(network, device);

    expect(await serverRecordIds(a)).toEqual(everyId);
    for (const device of [a, b]) {
      expect(await readSyncState(device.db)).toMatchObject({ epoch: 'epoch-after-restore' });
      expect((await device.db.notes.toArray()).map((note) => note.id).sort()).toEqual(
        (await a.db.notes.toArray()).map((note) => note.id).sort(),
      );
      expect(await device.ideas.get(idea.value.id)).toMatchObject({ status: 'trying' });
      expect(device.engine.getStatus().pendingCount).toBe(0);
    }
    expect(await a.db.notes.count()).toBe(5);
  });
});
