import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listPublishedIdeas } from '../../src/data/published-ideas';
import { createTestEnvironment, openTestDatabase } from '../../src/data/testing/test-database';
import { watchOutbox } from '../../src/data/watch-outbox';
import { createSyncEngine, PERIODIC_SYNC_MS } from '../../src/sync/sync-engine';
import { createInMemoryLocks } from '../../src/sync/sync-locks';
import { createInMemoryNetwork, type InMemoryNetwork } from '../support/in-memory-transport';
import { createTestDevice, syncAndFlush } from './support/test-device';

let network: InMemoryNetwork;
beforeEach(async () => {
  network = await createInMemoryNetwork();
});
afterEach(async () => {
  await network.close();
});

describe('sync engine with the real server', () => {
  it('ENG-1, PULL-2: a note saved on one tablet reaches another', async () => {
    const ward = await network.createWard();
    const a = await createTestDevice(network, { seed: 1, wardId: ward.id });
    const b = await createTestDevice(network, { seed: 2, wardId: ward.id });
    const saved = await a.notes.save({ text: 'The new menu is lovely' });
    if (!saved.isOk) throw new Error(saved.error);

    await syncAndFlush(network, a);
    await syncAndFlush(network, b);

    expect(await b.notes.listNewestFirst(10)).toEqual([saved.value]);
    expect(a.engine.getStatus()).toMatchObject({ state: 'idle', pendingCount: 0, problem: null });
    expect(b.engine.getStatus()).toMatchObject({ state: 'idle', pendingCount: 0 });
  });
});

describe('ideas across tablets', () => {
  it('IDEA-1: a sequential edit on another tablet replaces the value without a conflict', async () => {
    const ward = await network.createWard();
    const a = await createTestDevice(network, { seed: 1, wardId: ward.id });
    const b = await createTestDevice(network, { seed: 2, wardId: ward.id, clockOffsetMs: -60_000 });
    const created = await a.ideas.create({ title: 'Quieter nights' });
    if (!created.isOk) throw new Error(created.error);
    await syncAndFlush(network, a);
    await syncAndFlush(network, b);

    // b's clock is a minute slow, but it saw a's stamp, so its edit is stamped above it.
    const edited = await b.ideas.changeFields(created.value.id, { title: 'Quiet nights' });
    if (!edited.isOk) throw new Error(edited.error);
    await syncAndFlush(network, b);
    await syncAndFlush(network, a);

    const onA = await a.ideas.get(created.value.id);
    expect(onA).toEqual(await b.ideas.get(created.value.id));
    expect(onA).toMatchObject({ title: 'Quiet nights', conflicts: [] });
  });

  it('IDEA-2: concurrent edits of one field converge, and the losing value is kept on every tablet', async () => {
    const ward = await network.createWard();
    const a = await createTestDevice(network, { seed: 1, wardId: ward.id });
    const b = await createTestDevice(network, { seed: 2, wardId: ward.id });
    const created = await a.ideas.create({ title: 'Quieter nights' });
    if (!created.isOk) throw new Error(created.error);
    await syncAndFlush(network, a);
    await syncAndFlush(network, b);

    a.environment.advance(1000);
    b.environment.advance(2000);
    await a.ideas.changeFields(created.value.id, { title: 'From A' });
    await b.ideas.changeFields(created.value.id, { title: 'From B' });
    await syncAndFlush(network, a);
    await syncAndFlush(network, b);
    await syncAndFlush(network, a);

    const onA = await a.ideas.get(created.value.id);
    expect(onA).toEqual(await b.ideas.get(created.value.id));
    expect(onA?.title).toBe('From B');
    expect(onA?.conflicts.map((conflict) => conflict.losingValue)).toEqual(['From A']);
    expect(await a.ideas.listOpenConflicts(created.value.id)).toHaveLength(1);
  });
});

describe('engine behaviour', () => {
  it('ENG-5: one tab per device syncs: a second engine on the same database skips while the first holds the lock', async () => {
    network.setMode('manual');
    const ward = await network.createWard();
    const locks = createInMemoryLocks();
    const a = await createTestDevice(network, { seed: 1, wardId: ward.id, engine: { locks } });
    const secondTab = createSyncEngine({
      db: a.db,
      transport: a.transport,
      now: a.environment.now,
      random: () => 0.5,
      setTimer: () => null,
      clearTimer: () => undefined,
      locks,
    });
    const first = a.engine.syncNow();
    await waitForRequest();
    await secondTab.syncNow();
    expect(network.pending()).toHaveLength(1);
    expect(secondTab.getStatus().state).not.toBe('syncing');

    await network.deliverUntil(first);
    expect(a.engine.getStatus().state).toBe('idle');
    await network.deliverUntil(secondTab.syncNow());
    expect(secondTab.getStatus().state).toBe('idle');
  });

  it('says "not-enrolled" before enrolment, and loads the stored status on start', async () => {
    const db = openTestDatabase('engine-not-enrolled');
    const environment = createTestEnvironment();
    const engine = createSyncEngine({
      db,
      transport: network.createTransport(),
      now: environment.now,
      random: () => 0.5,
      setTimer: () => null,
      clearTimer: () => undefined,
    });
    const seen: string[] = [];
    engine.subscribe((status) => seen.push(status.state));
    await engine.start();
    await engine.syncNow();
    expect(engine.getStatus()).toMatchObject({ state: 'not-enrolled', pendingCount: 0 });
    expect(seen).toContain('not-enrolled');
    expect(network.serverHits().size).toBe(0);
    await engine.stop();
  });

  it('syncs soon after a local save, every period while running, and tells subscribers', async () => {
    const ward = await network.createWard();
    const timers: { callback: () => void; delayMs: number }[] = [];
    const a = await createTestDevice(network, {
      seed: 1,
      wardId: ward.id,
      engine: {
        setTimer: (callback, delayMs) => {
          const timer = { callback, delayMs };
          timers.push(timer);
          return timer;
        },
        clearTimer: (handle) => {
          const index = timers.indexOf(handle as (typeof timers)[number]);
          if (index >= 0) timers.splice(index, 1);
        },
      },
    });
    const runTimer = async () => {
      const timer = timers.shift();
      if (timer === undefined) throw new Error('no timer scheduled');
      timer.callback();
      await vi.waitFor(() => expect(timers).toHaveLength(1));
    };
    const states: string[] = [];
    a.engine.subscribe((status) => states.push(status.state));

    await a.engine.start();
    expect(timers.map((timer) => timer.delayMs)).toEqual([0]);
    await runTimer();
    expect(a.engine.getStatus().state).toBe('idle');
    expect(timers.map((timer) => timer.delayMs)).toEqual([PERIODIC_SYNC_MS]);
    expect(states).toEqual(expect.arrayContaining(['syncing', 'idle']));

    const saved = await a.notes.save({ text: 'Sent soon after saving' });
    if (!saved.isOk) throw new Error(saved.error);
    a.engine.notifyLocalChange();
    await vi.waitFor(() => expect(a.engine.getStatus().pendingCount).toBe(1));
    expect(timers).toHaveLength(1);
    expect(timers[0]?.delayMs).toBeLessThan(1000);
    await runTimer();
    expect(a.engine.getStatus()).toMatchObject({ state: 'idle', pendingCount: 0 });
    expect(a.engine.getStatus().lastSentAt).not.toBeNull();
    await a.engine.stop();
    expect(timers).toEqual([]);
  });

  it('hears of saves through watchLocalChanges', async () => {
    const ward = await network.createWard();
    const a = await createTestDevice(network, { seed: 1, wardId: ward.id });
    const engine = createSyncEngine({
      db: a.db,
      transport: a.transport,
      now: a.environment.now,
      random: () => 0.5,
      setTimer: (callback, delayMs) => setTimeout(callback, delayMs),
      clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      watchLocalChanges: (onChange) => watchOutbox(a.db, onChange),
    });
    await engine.start();
    await vi.waitFor(() => expect(engine.getStatus().lastCheckedAt).not.toBeNull());
    await a.notes.save({ text: 'Sent without anyone telling the engine' });
    await vi.waitFor(() => expect(network.serverHits().get('/api/v1/sync/push')).toBe(1), { timeout: 3000 });
    await vi.waitFor(() => expect(engine.getStatus()).toMatchObject({ state: 'idle', pendingCount: 0 }));
    await engine.stop();
  });

  it('DEV-3: a kiosk pulls only what is published for patients', async () => {
    const ward = await network.createWard();
    const staff = await createTestDevice(network, { seed: 1, wardId: ward.id });
    const kiosk = await createTestDevice(network, { seed: 2, wardId: ward.id, role: 'kiosk' });
    await staff.notes.save({ text: 'Never for the kiosk' });
    const idea = await staff.ideas.create({ title: 'Quieter nights' });
    if (!idea.isOk) throw new Error(idea.error);
    await staff.ideas.changeFields(idea.value.id, {
      youSaidWeDid: 'We dim the lights at 10pm.',
      isPublished: true,
    });
    await syncAndFlush(network, staff);
    await syncAndFlush(network, kiosk);

    expect(await listPublishedIdeas(kiosk.db)).toMatchObject([
      { id: idea.value.id, title: 'Quieter nights', youSaidWeDid: 'We dim the lights at 10pm.' },
    ]);
    expect(await kiosk.db.notes.count()).toBe(0);
    expect(await kiosk.db.ideas.count()).toBe(0);
    expect(kiosk.engine.getStatus()).toMatchObject({ state: 'idle', problem: null });
  });
});

const waitForRequest = async (): Promise<void> => {
  for (let tick = 0; tick < 1000 && network.pending().length === 0; tick += 1) {
    await new Promise((resolve) => setImmediate(resolve));
  }
};
