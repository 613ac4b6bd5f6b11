import type { Result } from '../../domain/shared/result';
import type { DeviceRole } from '../../sync/protocol';

/** Why enrolment did not work, in kinds the setup screen words for the person holding the tablet. */
export const ENROL_FAILURES = ['invalid-code', 'no-connection', 'needs-update', 'server-problem'] as const;
export type EnrolFailure = (typeof ENROL_FAILURES)[number];

/** What the tablet became. */
export type EnrolledTablet = {
  role: DeviceRole;
  wardName: string;
  /** False when the browser refused `navigator.storage.persist()`: saved data may be cleared. */
  isStoragePersisted: boolean;
};

/**
 * Enrols this tablet with a code from the ward manager. The app composes the real one (the sync
 * engine's `enrolDevice`); tests pass their own.
 */
export type EnrolTablet = (code: string) => Promise<Result<EnrolledTablet, EnrolFailure>>;
