import { afterEach, describe, expect, it, vi } from 'vitest';
import { openWardsideDatabase } from '../data/db';
import { SYNC_STATE_KEYS, saveEnrolment } from '../data/sync-state-repository';
import { testEnrolment } from '../data/testing/test-database';
import type { SyncTransport } from '../sync/transport';
import { createAppServices, type AppServices } from './app-services';
import type { FaceCache } from './face-cache';

/** localStorage's behaviour for the three calls the face hint makes. */
const memoryStorage = (): FaceCache & { items: Map<string, string> } => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
};

/** A network that never answers: these tests are about the enrolment read, not sync. */
const offline: SyncTransport = {
  enrol: async () => ({ kind: 'unreachable' }),
  push: async () => ({ kind: 'unreachable' }),
  pull: async () => ({ kind: 'unreachable' }),
  ward: async () => ({ kind: 'unreachable' }),
};

let databaseCount = 0;
const opened: AppServices[] = [];
const databaseNames: string[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((services) => services.close()));
  await Promise.all(databaseNames.splice(0).map((name) => openWardsideDatabase(name).delete()));
});

/** A tablet's database holding `value` as its stored enrolment (or nothing), closed again. */
const tabletWith = async (store: (db: ReturnType<typeof openWardsideDatabase>) => Promise<unknown>) => {
  const name = `app-services-${process.pid}-${(databaseCount += 1)}`;
  databaseNames.push(name);
  const db = openWardsideDatabase(name);
  await store(db);
  db.close();
  return name;
};

const start = async (databaseName: string, faceCache?: FaceCache) => {
  const services = await createAppServices({
    databaseName,
    transport: offline,
    storage: { persist: async () => true },
    faceCache,
  });
  opened.push(services);
  return services;
};

describe('createAppServices', () => {
  it('paints an enrolled kiosk as a kiosk before the workspace is loaded', async () => {
    const enrolment = testEnrolment(1, 'kiosk');
    const services = await start(await tabletWith((db) => saveEnrolment(db, enrolment, 'epoch-1')));
    expect(services.device.getState().enrolment).toEqual({
      deviceId: enrolment.deviceId,
      role: 'kiosk',
      wardName: 'Ward 7B',
    });
    await services.workspace();
    expect(services.device.getState().enrolment).toMatchObject({ role: 'kiosk' });
  });

  it('starts a new tablet at setup', async () => {
    const services = await start(await tabletWith(async () => undefined));
    expect(services.device.getState().enrolment).toBeNull();
    await services.workspace();
    expect(services.device.getState().enrolment).toBeNull();
  });

  it('sends a tablet back to setup once the workspace finds its enrolment damaged beyond the face', async () => {
    const enrolment = testEnrolment(2, 'staff');
    const name = await tabletWith(async (db) => {
      await saveEnrolment(db, enrolment, 'epoch-1');
      await db.deviceState.put({ key: SYNC_STATE_KEYS.enrolment, value: { ...enrolment, token: '' } });
    });
    const services = await start(name);
    expect(services.device.getState().enrolment).toMatchObject({ role: 'staff' });
    await services.workspace();
    expect(services.device.getState().enrolment).toBeNull();
  });

  describe('with the face hint (localStorage on a device)', () => {
    it('remembers the face once IndexedDB has given it, and starts from it the next time', async () => {
      const enrolment = testEnrolment(3, 'kiosk');
      const name = await tabletWith((db) => saveEnrolment(db, enrolment, 'epoch-1'));
      const cache = memoryStorage();
      await start(name, cache);
      const face = { deviceId: enrolment.deviceId, role: 'kiosk', wardName: 'Ward 7B' };
      expect(JSON.parse(cache.items.get('wardside:device-face') ?? 'null')).toEqual(face);

      const next = await start(name, cache);
      expect(next.device.getState().enrolment).toEqual(face);
    });

    it('follows IndexedDB when the hint is stale: a tablet whose enrolment went goes to setup', async () => {
      const cache = memoryStorage();
      cache.setItem(
        'wardside:device-face',
        JSON.stringify({ deviceId: testEnrolment(4, 'kiosk').deviceId, role: 'kiosk', wardName: 'Ward 7B' }),
      );
      const services = await start(await tabletWith(async () => undefined), cache);
      // The hint paints first…
      expect(services.device.getState().enrolment).toMatchObject({ role: 'kiosk' });
      // …and the database, which has no enrolment, has the last word, and the hint goes with it.
      await vi.waitFor(() => expect(services.device.getState().enrolment).toBeNull());
      expect(cache.items.has('wardside:device-face')).toBe(false);
    });

    it('ignores a hint it cannot trust and waits for IndexedDB', async () => {
      const enrolment = testEnrolment(5, 'staff');
      const name = await tabletWith((db) => saveEnrolment(db, enrolment, 'epoch-1'));
      for (const damaged of ['{not json', JSON.stringify({ deviceId: 'x', role: 'kiosk', wardName: 'W' })]) {
        const cache = memoryStorage();
        cache.setItem('wardside:device-face', damaged);
        const services = await start(name, cache);
        expect(services.device.getState().enrolment).toMatchObject({
          role: 'staff',
          deviceId: enrolment.deviceId,
        });
      }
    });
  });
});
