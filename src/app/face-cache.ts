/**
 * The last face this tablet showed, kept in localStorage as a start-up hint. Opening IndexedDB took
 * 120–430 ms of a kiosk's warm start at 4x CPU (budget 1 s), while localStorage answers at once; so
 * the first screen is chosen from this hint and IndexedDB, read at the same time, has the last
 * word (app-services.ts). Only the face is kept: the device id, the role and the ward's name, never
 * a token, a PIN verifier or anything a patient wrote. Absent on a tablet that is not enrolled.
 */
import { isUuidV7 } from '../domain/shared/ids';
import type { EnrolledDevice } from './device-state';

/** The part of `Storage` the hint needs (localStorage on a device). */
export type FaceCache = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const FACE_KEY = 'wardside:device-face';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The cached face, or `null` when there is none or it cannot be trusted (then IndexedDB decides). */
export const readCachedFace = (cache: FaceCache): EnrolledDevice | null => {
  try {
    const value: unknown = JSON.parse(cache.getItem(FACE_KEY) ?? 'null');
    if (!isRecord(value)) return null;
    const { deviceId, role, wardName } = value;
    if (!isUuidV7(deviceId) || (role !== 'kiosk' && role !== 'staff') || typeof wardName !== 'string') {
      return null;
    }
    return { deviceId, role, wardName };
  } catch {
    // Unreadable (storage blocked, damaged JSON): start the slower, certain way.
    return null;
  }
};

/** Keeps the hint in step with the face shown; a tablet no longer enrolled has none. */
export const writeCachedFace = (cache: FaceCache, face: EnrolledDevice | null): void => {
  try {
    if (face === null) cache.removeItem(FACE_KEY);
    else cache.setItem(FACE_KEY, JSON.stringify(face));
  } catch {
    // A full or blocked localStorage only costs the next start its head start.
  }
};

/** Whether two faces show the same screens. */
export const isSameFace = (first: EnrolledDevice | null, second: EnrolledDevice | null): boolean =>
  first?.deviceId === second?.deviceId &&
  first?.role === second?.role &&
  first?.wardName === second?.wardName;
