/**
 * Sync's own state in `deviceState`: the enrolment (device id, token, ward, role, the ward's staff PIN
 * verifier and escalation text), the server epoch and pull cursor, when the device last sent and last
 * checked, the last problem shown, the clock skew the server reported, and the hybrid logical clock.
 * Every value is parsed when read: a damaged row reads as absent, never as a wrong value.
 *
 * The enrolment also writes the device id and ward id that `getDeviceIdentity` hands to every new
 * record, so that after enrolment records carry the server-assigned device id and the ward's id.
 */
import { z } from 'zod/mini';
import { MODES_OF_COLLECTION } from '../domain/feedback/modes-of-collection';
import {
  formatHybridTimestamp,
  initialHybridTimestamp,
  parseHybridTimestamp,
  type HybridTimestamp,
} from '../domain/shared/hybrid-logical-clock';
import { isoDateTimeSchema, uuidV7Schema } from '../domain/shared/record-base';
import type { WardsideDatabase } from './db';
import { DEVICE_STATE_KEYS } from './device-repository';

/** Keys this module owns in `deviceState`; none of them is a key of `DEVICE_STATE_KEYS`. */
export const SYNC_STATE_KEYS = {
  enrolment: 'enrolment',
  epoch: 'epoch',
  cursor: 'cursor',
  lastSentAt: 'lastSentAt',
  lastCheckedAt: 'lastCheckedAt',
  lastProblem: 'lastProblem',
  clockSkewMs: 'clockSkewMs',
  hybridClock: 'hybridClock',
  staffPinLockout: 'staffPinLockout',
} as const;

/**
 * The ward's staff PIN verifier as the server sends it (`staffPinVerifierSchema` in sync/protocol,
 * which data/ may not import: the two must stay alike).
 */
const storedStaffPinVerifierSchema = z.strictObject({
  algorithm: z.literal('PBKDF2-SHA256'),
  iterations: z.int().check(z.minimum(1)),
  salt: z.string().check(z.minLength(16), z.maxLength(128)),
  hash: z.string().check(z.minLength(32), z.maxLength(256)),
});

/** What enrolment gave this device, kept up to date from the ward's settings on each sync. */
export const storedEnrolmentSchema = z.strictObject({
  deviceId: uuidV7Schema,
  token: z.string().check(z.minLength(1)),
  ward: z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(64)), name: z.string() }),
  role: z.enum(['kiosk', 'staff']),
  staffPin: z.nullable(storedStaffPinVerifierSchema),
  escalationText: z.nullable(z.string()),
  modeOfCollection: z.nullable(z.enum(MODES_OF_COLLECTION)),
});

/** This device's enrolment. */
export type StoredEnrolment = z.infer<typeof storedEnrolmentSchema>;

/** The ward settings that can change after enrolment (from `GET /api/v1/ward`). */
export type WardSettings = Pick<
  StoredEnrolment,
  'ward' | 'role' | 'staffPin' | 'escalationText' | 'modeOfCollection'
>;

/** Where sync stands, as stored. */
export type SyncState = {
  /** The server epoch this device's records and cursor belong to; `null` before enrolment. */
  epoch: string | null;
  /** The highest seq applied (SPEC PULL-2); 0 before the first pull. */
  cursor: number;
  lastSentAt: string | null;
  lastCheckedAt: string | null;
  /** The last problem shown, in plain words; never patient text. */
  lastProblem: string | null;
  /** Device clock minus server clock at the last push (SPEC CLOCK-1). */
  clockSkewMs: number | null;
};

/** Consecutive wrong staff PINs, and until when entry is locked (see sync/staff-pin-lockout). */
export const staffPinLockoutSchema = z.strictObject({
  failedAttempts: z.int().check(z.minimum(0)),
  lockedUntil: z.nullable(isoDateTimeSchema),
});
export type StaffPinLockout = z.infer<typeof staffPinLockoutSchema>;

const readValue = <Schema extends z.core.$ZodType>(
  schema: Schema,
  value: unknown,
): z.output<Schema> | null => {
  const parsed = z.safeParse(schema, value);
  return parsed.success ? parsed.data : null;
};

/** This device's enrolment, or `null` when it is not enrolled (or the stored one is damaged). */
export const readEnrolment = async (db: WardsideDatabase): Promise<StoredEnrolment | null> =>
  readValue(storedEnrolmentSchema, (await db.deviceState.get(SYNC_STATE_KEYS.enrolment))?.value);

/**
 * Stores a new enrolment with the server's epoch, in one transaction: the device id and ward id that
 * new records carry, a pull cursor back at zero, and a fresh hybrid clock for the new device id.
 */
export const saveEnrolment = (
  db: WardsideDatabase,
  enrolment: StoredEnrolment,
  epoch: string,
): Promise<void> =>
  db.transaction('rw', db.deviceState, async () => {
    const parsed = storedEnrolmentSchema.parse(enrolment);
    await db.deviceState.bulkPut([
      { key: SYNC_STATE_KEYS.enrolment, value: parsed },
      { key: DEVICE_STATE_KEYS.deviceId, value: parsed.deviceId },
      { key: DEVICE_STATE_KEYS.wardId, value: parsed.ward.id },
      { key: SYNC_STATE_KEYS.epoch, value: epoch },
      { key: SYNC_STATE_KEYS.cursor, value: 0 },
      {
        key: SYNC_STATE_KEYS.hybridClock,
        value: formatHybridTimestamp(initialHybridTimestamp(parsed.deviceId)),
      },
    ]);
    await db.deviceState.bulkDelete([SYNC_STATE_KEYS.lastProblem, SYNC_STATE_KEYS.clockSkewMs]);
  });

/** Updates the ward's settings held with the enrolment; does nothing when the device is not enrolled. */
export const updateWardSettings = (db: WardsideDatabase, settings: WardSettings): Promise<void> =>
  db.transaction('rw', db.deviceState, async () => {
    const enrolment = await readEnrolment(db);
    if (enrolment === null) return;
    const updated = storedEnrolmentSchema.parse({ ...enrolment, ...settings });
    await db.deviceState.put({ key: SYNC_STATE_KEYS.enrolment, value: updated });
  });

const SYNC_STATE_FIELDS = [
  'epoch',
  'cursor',
  'lastSentAt',
  'lastCheckedAt',
  'lastProblem',
  'clockSkewMs',
] as const;

/** Where sync stands; absent or damaged values read as their starting values. */
export const readSyncState = async (db: WardsideDatabase): Promise<SyncState> => {
  const rows = await db.deviceState.bulkGet(SYNC_STATE_FIELDS.map((field) => SYNC_STATE_KEYS[field]));
  const [epoch, cursor, lastSentAt, lastCheckedAt, lastProblem, clockSkewMs] = rows.map((row) => row?.value);
  return {
    epoch: readValue(z.string().check(z.minLength(1)), epoch),
    cursor: readValue(z.int().check(z.minimum(0)), cursor) ?? 0,
    lastSentAt: readValue(isoDateTimeSchema, lastSentAt),
    lastCheckedAt: readValue(isoDateTimeSchema, lastCheckedAt),
    lastProblem: readValue(z.string(), lastProblem),
    clockSkewMs: readValue(z.number(), clockSkewMs),
  };
};

/**
 * Stores some of the sync state; `null` removes a value. The epoch and cursor change only with the
 * records they describe (apply-pulled-page.ts, requeue-everything.ts), so they are not written here.
 */
export const writeSyncState = (
  db: WardsideDatabase,
  changes: Partial<Omit<SyncState, 'epoch' | 'cursor'>>,
): Promise<void> =>
  db.transaction('rw', db.deviceState, async () => {
    const fields = ['lastSentAt', 'lastCheckedAt', 'lastProblem', 'clockSkewMs'] as const;
    for (const field of fields) {
      const value = changes[field];
      if (value === null) await db.deviceState.delete(SYNC_STATE_KEYS[field]);
      else if (value !== undefined) await db.deviceState.put({ key: SYNC_STATE_KEYS[field], value });
    }
  });

/** Stores the server's epoch when none is stored yet (a device enrolled before epochs were kept). */
export const writeEpoch = async (db: WardsideDatabase, epoch: string): Promise<void> => {
  await db.deviceState.put({ key: SYNC_STATE_KEYS.epoch, value: epoch });
};

/** Stores the pull cursor; call inside the transaction that applied the records it covers (PULL-3). */
export const writeCursor = (db: WardsideDatabase, cursor: number): Promise<string> =>
  db.deviceState.put({ key: SYNC_STATE_KEYS.cursor, value: cursor });

/**
 * The hybrid logical clock of this device, for stamping idea edits. A missing or damaged clock, or
 * one that belongs to another device id, starts again from zero: `tickClock` still stamps above the
 * physical time, so stamps stay close to real time. Call inside the transaction that uses it.
 */
export const readHybridClock = async (db: WardsideDatabase, deviceId: string): Promise<HybridTimestamp> => {
  const stored = (await db.deviceState.get(SYNC_STATE_KEYS.hybridClock))?.value;
  const parsed = typeof stored === 'string' ? parseHybridTimestamp(stored) : null;
  return parsed?.isOk && parsed.value.nodeId === deviceId ? parsed.value : initialHybridTimestamp(deviceId);
};

/** Stores the hybrid clock; call inside the transaction whose stamps it covers. */
export const writeHybridClock = (db: WardsideDatabase, clock: HybridTimestamp): Promise<string> =>
  db.deviceState.put({ key: SYNC_STATE_KEYS.hybridClock, value: formatHybridTimestamp(clock) });

/** Wrong staff PINs so far; none when nothing is stored. */
export const readStaffPinLockout = async (db: WardsideDatabase): Promise<StaffPinLockout> =>
  readValue(staffPinLockoutSchema, (await db.deviceState.get(SYNC_STATE_KEYS.staffPinLockout))?.value) ?? {
    failedAttempts: 0,
    lockedUntil: null,
  };

export const writeStaffPinLockout = (db: WardsideDatabase, lockout: StaffPinLockout): Promise<void> =>
  db.transaction('rw', db.deviceState, async () => {
    await db.deviceState.put({
      key: SYNC_STATE_KEYS.staffPinLockout,
      value: staffPinLockoutSchema.parse(lockout),
    });
  });
