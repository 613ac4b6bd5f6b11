import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
