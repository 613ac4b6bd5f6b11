// Measures the sync budget of DESIGN.md: 10,000 records from tablet A to the server to tablet B
// (push in batches of 100, pull in pages of 500) through the in-memory network and the real server
// on SQLite. IndexedDB here is fake-indexeddb, a pure-JavaScript store much slower than a browser's,
// so the figure is an upper bound for the client side. Prints the time; fails only far past budget.
import { describe, expect, it } from 'vitest';
import { createInMemoryNetwork } from '../support/in-memory-transport';
import { seedNotes } from './support/seed-notes';
import { createTestDevice, syncAndFlush } from './support/test-device';

const RECORD_COUNT = Number(process.env.SYNC_THROUGHPUT_RECORDS ?? 10_000);

describe('sync throughput', () => {
  it(`moves ${RECORD_COUNT} notes from one tablet through the server to another`, async () => {
    const network = await createInMemoryNetwork();
    try {
      const ward = await network.createWard();
      const a = await createTestDevice(network, { seed: 1, wardId: ward.id });
      const b = await createTestDevice(network, { seed: 2, wardId: ward.id });
      await seedNotes(a, RECORD_COUNT);

      const start = performance.now();
      await syncAndFlush(network, a);
      const pushed = performance.now();
      await syncAndFlush(network, b);
      const end = performance.now();

      console.log(
        `sync ${RECORD_COUNT} notes: push ${Math.round(pushed - start)} ms, pull ${Math.round(end - pushed)} ms, ` +
          `total ${Math.round(end - start)} ms (${network.serverHits().get('/api/v1/sync/push')} pushes, ` +
          `${network.serverHits().get('/api/v1/sync/pull')} pulls)`,
      );
      expect(await b.db.notes.count()).toBe(RECORD_COUNT);
      expect(a.engine.getStatus().pendingCount).toBe(0);
      expect(end - start).toBeLessThan(120_000);
    } finally {
      await network.close();
    }
  }, 180_000);
});
