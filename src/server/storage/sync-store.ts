// The server's storage for sync, behind one interface with one implementation in shared Kysely code
// (kysely-sync-store.ts) and a small per-database ward lock (postgres-ward-lock.ts, sqlite-ward-lock.ts).
// It owns wards, the staff PIN verifier, enrolment codes, devices and their tokens, records with their
// per-ward seqs, the quarantine, identifier flags and the epoch. The same contract suite (tests/contract) runs against
// SQLite and PostgreSQL. Times are passed in, so tests control expiry and clock rules.
import type { ModeOfCollection } from '../../domain/feedback/feedback-response';
import type { RedactionCount } from '../../domain/redaction/identifier';
import type { Result } from '../../domain/shared/result';
import type {
  DeviceRole,
  PullResponse,
  PushRequest,
  PushResponse,
  StaffPinVerifier,
} from '../../sync/protocol';
import type { DialectName } from './database';

/** How long an enrolment code works (SPEC DEV-1). */
export const ENROLMENT_CODE_LIFETIME_MS = 15 * 60 * 1000;

export type Ward = {
  id: string;
  name: string;
  escalationText: string | null;
  modeOfCollection: ModeOfCollection | null;
  /** `null` until an admin sets a PIN. */
  staffPin: StaffPinVerifier | null;
  createdAt: string;
};

/** How a pull is served beyond the device, cursor and limit. */
export type PullOptions = {
  /** The client's protocol (VER-1): record types newer than it are left out (NOTE-6). */
  protocolVersion?: number;
};

/** A device as its token proves it: everything the server trusts about a request (SPEC DEV-4). */
export type AuthenticatedDevice = {
  id: string;
  wardId: string;
  role: DeviceRole;
};

export type DeviceSummary = AuthenticatedDevice & {
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
};

export type IssuedEnrolmentCode = {
  /** Grouped for typing, e.g. `ABCDE-FGHJK`; any case, spaces or hyphens are accepted back. */
  code: string;
  wardId: string;
  role: DeviceRole;
  expiresAt: string;
};

export type Enrolment = {
  device: AuthenticatedDevice;
  /** Shown once; only its hash is kept. */
  token: string;
  ward: Ward;
  epoch: string;
};

export type QuarantinedMutation = {
  id: number;
  wardId: string;
  deviceId: string;
  mutationId: number;
  recordType: string;
  recordId: string;
  /** The mutation as received. */
  payload: unknown;
  reason: string;
  receivedAt: string;
};

/**
 * A stored record in which the server's identifier check found something, for staff to review. It
 * says which kinds and how many of each; never the text or what was found.
 */
export type IdentifierFlag = {
  recordId: string;
  recordType: 'feedbackResponse' | 'note' | 'noteDeletion';
  wardId: string;
  /** In `REDACTION_KINDS` order, each kind once. */
  kinds: RedactionCount[];
  flaggedAt: string;
};

export type SyncStore = {
  readonly dialect: DialectName;

  /** The server's epoch (SPEC EPOCH-1), made on first use. */
  getEpoch(): Promise<string>;
  /** Gives the database a new epoch, as after a restore from backup (SPEC EPOCH-1). */
  startNewEpoch(epoch: string): Promise<void>;

  /** Adds a ward; fails when a ward already has that name (names identify wards in the admin CLI). */
  createWard(name: string, now: Date): Promise<Result<Ward>>;
  /** Every ward, by name. */
  listWards(): Promise<Ward[]>;
  /** A ward by its id, or else by its exact name. */
  findWard(idOrName: string): Promise<Ward | undefined>;
  /** Stores a new PBKDF2 verifier of the ward's staff PIN (4–8 digits); the PIN itself is not kept. */
  setStaffPin(wardId: string, pin: string): Promise<Result<StaffPinVerifier>>;
  /** What kiosks show after "If you have an urgent concern, "; `null` or blank clears it. At most 1,000 characters. */
  setEscalationText(wardId: string, text: string | null): Promise<Result<void>>;
  /** The FFT mode of collection the ward's kiosks record; `null` leaves it to the kiosk's default. */
  setModeOfCollection(wardId: string, mode: ModeOfCollection | null): Promise<Result<void>>;

  /** A single-use code for enrolling one device on the ward, valid for 15 minutes (SPEC DEV-1). */
  createEnrolmentCode(wardId: string, role: DeviceRole, now: Date): Promise<IssuedEnrolmentCode>;
  /**
   * Uses up a code and enrols a new device with a new token, atomically: a code works once, before it
   * expires. `undefined` for an unknown, used or expired code, which are not told apart.
   */
  enrolDevice(code: string, now: Date): Promise<Enrolment | undefined>;
  /** The device a token belongs to, if it is known and not revoked (SPEC DEV-2). Notes when it was seen. */
  authenticateDevice(token: string, now: Date): Promise<AuthenticatedDevice | undefined>;
  listDevices(wardId: string): Promise<DeviceSummary[]>;
  /** Revokes a device's token for good; false when there is no such device. */
  revokeDevice(deviceId: string, now: Date): Promise<boolean>;

  /**
   * Applies a push batch in one transaction with the device's last applied mutation id (SPEC PUSH-2).
   * Fails with `unauthorized` if the device was revoked meanwhile.
   */
  applyPushBatch(
    device: AuthenticatedDevice,
    request: PushRequest,
    serverNow: Date,
  ): Promise<Result<PushResponse, 'unauthorized'>>;
  /**
   * Changes after `cursor` in seq order, at most `limit` (SPEC PULL-2); kiosks get published ideas
   * only. `protocolVersion` is the client's (default: this server's): record types newer than it are
   * left out (NOTE-6).
   */
  pullChanges(
    device: AuthenticatedDevice,
    cursor: number,
    limit: number,
    options?: PullOptions,
  ): Promise<PullResponse>;
  /** The ward's rejected mutations, oldest first (SPEC PUSH-4). */
  listQuarantine(wardId: string): Promise<QuarantinedMutation[]>;
  /**
   * Records flagged by the identifier check when they were stored (SPEC PUSH-6), oldest first, of one
   * ward or, without `wardId`, of every ward.
   */
  listIdentifierFlags(wardId?: string): Promise<IdentifierFlag[]>;
};
