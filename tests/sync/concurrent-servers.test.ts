// Two real server processes on one PostgreSQL database, as behind a load balancer: many tablets push
// at once through both while two more pull continuously through both. Every reader must see every
// note exactly once with seqs only ever going up (SPEC PULL-1, PULL-2), which fails if seqs could
// become visible out of order. Runs only when DATABASE_URL is set, on loopback, bounded in time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/server/migrations/migrate-to-latest';
import { openDatabase, type Database } from '../../src/server/storage/database';
import { createSyncStore } from '../../src/server/storage/kysely-sync-store';
import type { SyncStore } from '../../src/server/storage/sync-store';
import { apiHeaders } from '../../src/server/testing/api-headers';
import {
  announcePostgresSkip,
  createPostgresTestSchema,
  postgresSkipReason,
  postgresUrl,
  type PostgresTestSchema,
} from '../../src/server/testing/postgres-test-schema';
import {
  createTemporaryDirectory,
  type TemporaryDirectory,
} from '../../src/server/testing/temporary-directory';
import { parseRecord } from '../../src/domain/records';
import { pullResponseSchema, pushResponseSchema, type PushRequest } from '../../src/sync/protocol';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { createMutation, makeNote } from '../contract/sync-fixtures';

announcePostgresSkip();

const WRITERS = 8;
const BATCHES_PER_WRITER = 50;
const NOTES_PER_BATCH = 5;
const READERS = 2;
const PAGE_SIZE = 50;
const DEADLINE_MS = 90_000;

const delay = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

type Enrolled = { deviceId: string; token: string; wardId: string };

/** Sends a request, waiting out 429s as a tablet would (ENG-3), and returns the JSON answer. */
const request = async (url: string, token: string, body?: PushRequest): Promise<unknown> => {
  for (;;) {
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      headers: { ...apiHeaders(token), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    if (response.status === 429) {
      await delay(Number(response.headers.get('retry-after') ?? '1') * 1000);
      continue;
    }
    if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
    return response.json();
  }
};

describe.skipIf(!postgresUrl)(`two servers on one PostgreSQL (${postgresSkipReason} when skipped)`, () => {
  let schema: PostgresTestSchema;
  let database: Database;
  let store: SyncStore;
  let dataDirectory: TemporaryDirectory;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    schema = await createPostgresTestSchema(postgresUrl ?? '');
    database = openDatabase({ dataDirectory: '/nonexistent', databaseUrl: schema.databaseUrl });
    await migrateToLatest(database);
    store = createSyncStore(database);
    dataDirectory = await createTemporaryDirectory('two-servers');
    servers.push(
      ...(await Promise.all(
        [0, 1].map(() =>
          startServerProcess({ dataDir: dataDirectory.path, env: { DATABASE_URL: schema.databaseUrl } }),
        ),
      )),
    );
  }, 60_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await database?.close();
    await schema?.drop();
    await dataDirectory?.remove();
  });

  const enrolStaff = async (wardId: string): Promise<Enrolled> => {
    const now = new Date();
    const enrolment = await store.enrolDevice(
      (await store.createEnrolmentCode(wardId, 'staff', now)).code,
      now,
    );
    if (enrolment === undefined) throw new Error('A fresh code did not enrol.');
    return { deviceId: enrolment.device.id, token: enrolment.token, wardId };
  };

  it('PULL-1, PULL-2: readers pulling through both servers see every note once, in rising seq order', async () => {
    const ward = await store.createWard('Ward 7B', new Date());
    if (!ward.isOk) throw new Error(ward.error);
    const writers = await Promise.all(Array.from({ length: WRITERS }, () => enrolStaff(ward.value.id)));
    const readers = await Promise.all(Array.from({ length: READERS }, () => enrolStaff(ward.value.id)));
    const serverUrl = (index: number) => servers[index % servers.length]?.url ?? '';
    const deadline = Date.now() + DEADLINE_MS;
    const pushedIds = new Set<string>();
    let isWriting = true;

    const write = async (writer: Enrolled, writerIndex: number) => {
      for (let batch = 0; batch < BATCHES_PER_WRITER; batch += 1) {
        const mutations = Array.from({ length: NOTES_PER_BATCH }, (_, index) => {
          const note = makeNote(writer, { createdAt: new Date().toISOString() });
          pushedIds.add(note.id);
          return createMutation(batch * NOTES_PER_BATCH + index + 1, 'note', note);
        });
        const body = { sentAt: new Date().toISOString(), mutations };
        const answer = pushResponseSchema.parse(
          await request(`${serverUrl(batch + writerIndex)}/api/v1/sync/push`, writer.token, body),
        );
        expect(answer.results.every((result) => result.status === 'applied')).toBe(true);
      }
    };

    const read = async (reader: Enrolled, readerIndex: number) => {
      const seen: string[] = [];
      const seqs: number[] = [];
      let cursor = 0;
      for (let pull = readerIndex; Date.now() < deadline; pull += 1) {
        const wasWriting = isWriting;
        const page = pullResponseSchema.parse(
          await request(
            `${serverUrl(pull)}/api/v1/sync/pull?cursor=${cursor}&limit=${PAGE_SIZE}`,
            reader.token,
          ),
        );
        for (const change of page.changes) {
          const note = parseRecord('note', change.record);
          if (!note.isOk) throw new Error(note.error);
          seen.push(note.value.id);
          seqs.push(change.seq);
        }
        cursor = page.nextCursor;
        // Done once a pull that started after the last push finds nothing more.
        if (!wasWriting && !page.hasMore) return { seen, seqs };
        if (!page.hasMore) await delay(10);
      }
      throw new Error(`Reader ${readerIndex} ran out of time at cursor ${cursor}.`);
    };

    const reading = readers.map(read);
    await Promise.all(writers.map(write));
    isWriting = false;
    const results = await Promise.all(reading);

    expect(pushedIds.size).toBe(WRITERS * BATCHES_PER_WRITER * NOTES_PER_BATCH);
    for (const { seen, seqs } of results) {
      expect(seen).toHaveLength(pushedIds.size);
      expect(new Set(seen)).toEqual(pushedIds);
      expect(seqs).toEqual(Array.from({ length: pushedIds.size }, (_, index) => index + 1));
    }
  }, 120_000);
});
