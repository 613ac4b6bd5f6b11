// Many notes through the whole sync path: tablet A's outbox goes to the real server (SQLite) in many
// push batches of 100, and tablet B pulls them back in many pages of 500, through the in-memory
// network. Checks the number of batches and pages, that every note arrives on B exactly as A made it,
// and that A's outbox empties. How fast this is belongs to the benchmark (`npm run bench sync-throughput`), which
// measures it against a baseline; a timed assertion here would only be flaky.
import { describe, expect, it } from 'vitest';
import { MAX_PULL_LIMIT, MAX_PUSH_MUTATIONS } from '../../src/sync/protocol';
import { createInMemoryNetwork } from '../support/in-memory-transport';
import { seedNotes } from './support/seed-notes';
import { createTestDevice, syncAndFlush } from './support/test-device';

const NOTE_COUNT = 2_000;

describe('sync of many records', () => {
  it(`moves ${NOTE_COUNT} notes from one tablet through the server to another, in many batches and pages`, async () => {
    const network = await createInMemoryNetwork();
    try {
      const ward = await network.createWard();
      const a = await createTestDevice(network, { seed: 1, wardId: ward.id });
      const b = await createTestDevice(network, { seed: 2, wardId: ward.id });
      const notes = await seedNotes(a, NOTE_COUNT);

      await syncAndFlush(network, a);
      const pushes = network.serverHits().get('/api/v1/sync/push') ?? 0;
      const pullsBeforeB = network.serverHits().get('/api/v1/sync/pull') ?? 0;
      await syncAndFlush(network, b);
      const pullsByB = (network.serverHits().get('/api/v1/sync/pull') ?? 0) - pullsBeforeB;

      expect(pushes).toBe(NOTE_COUNT / MAX_PUSH_MUTATIONS);
      expect(pullsByB).toBe(NOTE_COUNT / MAX_PULL_LIMIT);
      expect(a.engine.getStatus().pendingCount).toBe(0);
      expect(await a.db.outbox.count()).toBe(0);
      // Dexie returns rows by primary key; sort what A made the same way to compare them whole.
      const byId = <Row extends { readonly [field: string]: unknown }>(rows: Row[]) =>
        rows.sort((left, right) => String(left.id).localeCompare(String(right.id)));
      expect(byId(await b.db.notes.toArray())).toEqual(byId([...notes]));
      expect(b.engine.getStatus().pendingCount).toBe(0);
    } finally {
      await network.close();
    }
  }, 120_000);
});
