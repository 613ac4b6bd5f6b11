/**
 * The boot read: which face this tablet paints (setup, kiosk or staff), from the enrolment row that
 * sync-state-repository.ts owns in `deviceState`. It reads IndexedDB directly, without Dexie or zod:
 * deciding the face is all that stands between a kiosk and its first paint, and those two libraries
 * are about 40 KB gzip of a first load budgeted at 120 KB. They load just after, with the workspace,
 * whose `readEnrolment` parses the whole row; this checks only the fields the face needs.
 *
 * It never creates, upgrades or holds the database: Dexie (db.ts) owns its schema. On a tablet that
 * has no database yet, the version change that opening would start is aborted, so Dexie later
 * creates the database as it always has; the connection is closed as soon as the row is read.
 */
import { isUuidV7 } from '../domain/shared/ids';

/** What the first screen needs to know about the tablet's enrolment. */
export type DeviceFace = { deviceId: string; role: 'kiosk' | 'staff'; wardName: string };

/**
 * Where the enrolment is: db.ts's default database and table, sync-state-repository.ts's key. Written
 * out rather than imported, as importing those modules would bring Dexie and zod back; a test holds
 * them alike.
 */
export const ENROLMENT_LOCATION = { database: 'wardside', table: 'deviceState', key: 'enrolment' } as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * The face fields of a stored enrolment row, or `null` for anything else. No stricter than
 * `storedEnrolmentSchema` on these fields, so a row that schema accepts is never refused here.
 */
export const parseDeviceFace = (row: unknown): DeviceFace | null => {
  if (!isRecord(row) || !isRecord(row.value)) return null;
  const { deviceId, role, ward } = row.value;
  if (!isUuidV7(deviceId)) return null;
  if (role !== 'kiosk' && role !== 'staff') return null;
  if (!isRecord(ward) || typeof ward.name !== 'string') return null;
  return { deviceId, role, wardName: ward.name };
};

const openExisting = (databaseName: string): Promise<IDBDatabase | null> =>
  new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseName);
    request.onupgradeneeded = () => {
      // Only a database that did not exist asks for an upgrade when no version is given.
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const database = request.result;
      // Never stand in the way of Dexie (in this tab or another) opening a newer version.
      database.onversionchange = () => database.close();
      resolve(database);
    };
    request.onerror = (event) => {
      // An aborted creation is the not-yet-enrolled tablet, not a failure.
      if (request.error?.name === 'AbortError') {
        event.preventDefault();
        resolve(null);
      } else reject(request.error ?? new Error('IndexedDB could not be opened.'));
    };
  });

const readRow = (database: IDBDatabase): Promise<unknown> =>
  new Promise((resolve, reject) => {
    if (!database.objectStoreNames.contains(ENROLMENT_LOCATION.table)) {
      resolve(undefined);
      return;
    }
    const request = database
      .transaction(ENROLMENT_LOCATION.table, 'readonly')
      .objectStore(ENROLMENT_LOCATION.table)
      .get(ENROLMENT_LOCATION.key);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('The enrolment could not be read.'));
  });

/** This tablet's face, or `null` when it is not enrolled (or the stored enrolment is damaged). */
export const readDeviceFace = async (
  databaseName: string = ENROLMENT_LOCATION.database,
): Promise<DeviceFace | null> => {
  const database = await openExisting(databaseName);
  if (database === null) return null;
  try {
    return parseDeviceFace(await readRow(database));
  } finally {
    database.close();
  }
};
