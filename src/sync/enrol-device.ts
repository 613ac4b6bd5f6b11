/**
 * Enrolling this tablet with a single-use code (SPEC DEV-1), and keeping the ward's settings (its
 * name, staff PIN verifier, escalation text, mode of collection) up to date afterwards, so that a PIN
 * changed by the ward manager reaches tablets enrolled before the change.
 */
import type { WardsideDatabase } from '../data/db';
import {
  readEnrolment,
  saveEnrolment,
  updateWardSettings,
  type StoredEnrolment,
} from '../data/sync-state-repository';
import { err, ok, type Result } from '../domain/shared/result';
import { enrolRequestSchema, type DeviceRole, type WardResponse } from './protocol';
import type { SyncTransport, TransportFailure } from './transport';

/** The part of `navigator.storage` enrolment uses. */
export type PersistentStorage = { persist: () => Promise<boolean>; persisted?: () => Promise<boolean> };

/** Why enrolment failed, in the kinds the setup screen words. */
export type EnrolFailure = 'invalid-code' | 'no-connection' | 'needs-update' | 'server-problem';

export type EnrolledDevice = {
  role: DeviceRole;
  ward: { id: string; name: string };
  /** False when the browser refused to keep this site's storage: the UI should warn. */
  isStoragePersisted: boolean;
};

const describeEnrolFailure = (failure: TransportFailure): EnrolFailure => {
  switch (failure.kind) {
    case 'unreachable':
      return 'no-connection';
    case 'client-too-old':
      return 'needs-update';
    case 'rejected':
    case 'unauthorized':
      // The server answers an unknown, used or expired code alike (DEV-1): all are a code to check.
      return failure.kind === 'unauthorized' || failure.status < 500 ? 'invalid-code' : 'server-problem';
    case 'server-too-old':
    case 'retry':
      return 'server-problem';
  }
};

/** Asks the browser to keep this site's data (IndexedDB) even under storage pressure. */
const requestPersistence = async (storage: PersistentStorage | undefined): Promise<boolean> => {
  if (storage === undefined) return false;
  try {
    if ((await storage.persisted?.()) === true) return true;
    return await storage.persist();
  } catch {
    return false;
  }
};

/**
 * Enrols this tablet: sends the code, stores the enrolment (device id, token, ward, role, PIN
 * verifier, epoch; from then on new records carry the server's device id and the ward's id), then
 * asks for persistent storage. Nothing is stored when the code is refused.
 */
export const enrolDevice = async ({
  db,
  transport,
  code,
  storage,
}: {
  db: WardsideDatabase;
  transport: SyncTransport;
  code: string;
  storage?: PersistentStorage;
}): Promise<Result<EnrolledDevice, EnrolFailure>> => {
  const request = enrolRequestSchema.safeParse({ code });
  if (!request.success) return err('invalid-code');
  const answer = await transport.enrol(request.data);
  if (answer.kind !== 'ok') return err(describeEnrolFailure(answer));
  const { body } = answer;
  const enrolment: StoredEnrolment = {
    deviceId: body.deviceId,
    token: body.token,
    ward: body.ward,
    role: body.role,
    staffPin: body.staffPin,
    escalationText: body.escalationText,
    modeOfCollection: null,
  };
  await saveEnrolment(db, enrolment, body.epoch);
  const isStoragePersisted = await requestPersistence(storage);
  return ok({ role: body.role, ward: body.ward, isStoragePersisted });
};

/**
 * Fetches the ward's settings and stores them with the enrolment. Resolves to the answer (whose
 * epoch the caller checks, EPOCH-1), or to why it failed; a device that is not enrolled has nothing
 * to refresh and gets `unauthorized`.
 */
export const refreshWard = async ({
  db,
  transport,
}: {
  db: WardsideDatabase;
  transport: SyncTransport;
}): Promise<Result<WardResponse, TransportFailure>> => {
  const enrolment = await readEnrolment(db);
  if (enrolment === null) return err({ kind: 'unauthorized' });
  const answer = await transport.ward(enrolment.token);
  if (answer.kind !== 'ok') return err(answer);
  const { body } = answer;
  await updateWardSettings(db, {
    ward: body.ward,
    role: body.role,
    // Every token is sent the PIN verifier (kiosks need it to leave kiosk mode, DEV-3); an answer
    // without one, from an older server, leaves the stored one.
    staffPin: body.staffPin === undefined ? enrolment.staffPin : body.staffPin,
    escalationText: body.escalationText,
    modeOfCollection: body.modeOfCollection,
  });
  return ok(body);
};
