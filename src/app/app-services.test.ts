import { afterEach, describe, expect, it } from 'vitest';
import { openWardsideDatabase } from '../data/db';
import { SYNC_STATE_KEYS, saveEnrolment } from '../data/sync-state-repository';
import { testEnrolment } from '../data/testing/test-database';
import type { SyncTransport } from '../sync/transport';
import { createAppServices, type AppServices } from './app-services';

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

const start = async (databaseName: string) => {
  const services = await createAppServices({
    databaseName,
    transport: offline,
    storage: { persist: async () => true },
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
});
