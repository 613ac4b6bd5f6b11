// Test helpers for the kiosk's component tests: the kiosk's services on the real data layer
// (fake-indexeddb) and the real PIN check, with no sync; and a staff PIN verifier made as the
// server makes one (PBKDF2-SHA256), with fewer iterations so that tests stay quick.
import type { WardsideDatabase } from '../../data/db';
import type { DeviceEnvironment } from '../../data/device-repository';
import { createFeedbackRepository, type FeedbackRepository } from '../../data/feedback-repository';
import { watchPublishedIdeas } from '../../data/published-ideas';
import { readEnrolment } from '../../data/sync-state-repository';
import { watchOutboxCount } from '../../data/watch-outbox-count';
import { checkStaffPin, readStaffPinLockedUntil } from '../../sync/staff-pin';
import type { KioskServices, LoadKioskServices } from './kiosk-services';

export type TestKioskServices = {
  services: KioskServices;
  /** The same promise on every call, as the app's. */
  loadServices: LoadKioskServices;
  repository: FeedbackRepository;
  syncNowCalls: () => number;
};

export const createTestKioskServices = (
  db: WardsideDatabase,
  environment: DeviceEnvironment,
): TestKioskServices => {
  const repository = createFeedbackRepository(db, environment);
  let syncNowCount = 0;
  const services: KioskServices = {
    saveResponse: repository.save,
    watchPublishedIdeas: (onChange) => watchPublishedIdeas(db, onChange),
    readWardSettings: async () => {
      const enrolment = await readEnrolment(db);
      return { wardName: enrolment?.ward.name ?? '', escalationText: enrolment?.escalationText ?? null };
    },
    checkStaffPin: (pin) => checkStaffPin({ db, pin, now: environment.now }),
    readStaffLockout: () => readStaffPinLockedUntil({ db, now: environment.now }),
    watchWaitingCount: (onChange) => watchOutboxCount(db, onChange),
    syncNow: () => {
      syncNowCount += 1;
    },
  };
  const loaded = Promise.resolve(services);
  return { services, loadServices: () => loaded, repository, syncNowCalls: () => syncNowCount };
};

const hexOf = (bytes: Uint8Array): string =>
  [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/** A verifier of `pin` in the protocol's shape, derived with WebCrypto as the server derives it. */
export const createTestStaffPinVerifier = async (pin: string, iterations = 1_000) => {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const hash = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return {
    algorithm: 'PBKDF2-SHA256' as const,
    iterations,
    salt: hexOf(salt),
    hash: hexOf(new Uint8Array(hash)),
  };
};
