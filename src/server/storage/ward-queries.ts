// Wards: adding, finding, and the settings devices receive (staff PIN verifier, escalation text, mode
// of collection).
import { randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { MODES_OF_COLLECTION, type ModeOfCollection } from '../../domain/feedback/modes-of-collection';
import { createUuidV7, UUID_V7_RANDOM_BYTE_COUNT } from '../../domain/shared/ids';
import { err, ok, type Result } from '../../domain/shared/result';
import type { StaffPinVerifier } from '../../sync/protocol';
import type { DatabaseSchema, WardsTable } from './database-schema';
import { createStaffPinVerifier, isValidStaffPin, staffPinRule } from './staff-pin-verifier';
import type { Ward } from './sync-store';

const MAX_WARD_NAME_LENGTH = 100;
/** The longest escalation text kiosks show (after "If you have an urgent concern, "). */
export const MAX_ESCALATION_TEXT_LENGTH = 1000;

const isModeOfCollection = (value: string | null): value is ModeOfCollection =>
  (MODES_OF_COLLECTION as readonly (string | null)[]).includes(value);

const staffPinOf = (row: Selectable<WardsTable>): StaffPinVerifier | null =>
  row.staff_pin_salt !== null && row.staff_pin_hash !== null && row.staff_pin_iterations !== null
    ? {
        algorithm: 'PBKDF2-SHA256',
        iterations: row.staff_pin_iterations,
        salt: row.staff_pin_salt,
        hash: row.staff_pin_hash,
      }
    : null;

export const wardFromRow = (row: Selectable<WardsTable>): Ward => ({
  id: row.id,
  name: row.name,
  escalationText: row.escalation_text,
  modeOfCollection: isModeOfCollection(row.mode_of_collection) ? row.mode_of_collection : null,
  staffPin: staffPinOf(row),
  createdAt: row.created_at,
});

export const findWardById = async (db: Kysely<DatabaseSchema>, wardId: string): Promise<Ward | undefined> => {
  const row = await db.selectFrom('wards').selectAll().where('id', '=', wardId).executeTakeFirst();
  return row && wardFromRow(row);
};

export const findWard = async (db: Kysely<DatabaseSchema>, idOrName: string): Promise<Ward | undefined> =>
  (await findWardById(db, idOrName)) ??
  (await db
    .selectFrom('wards')
    .selectAll()
    .where('name', '=', idOrName)
    .executeTakeFirst()
    .then((row) => row && wardFromRow(row)));

export const listWards = async (db: Kysely<DatabaseSchema>): Promise<Ward[]> =>
  (await db.selectFrom('wards').selectAll().orderBy('name').execute()).map(wardFromRow);

export const createWard = async (
  db: Kysely<DatabaseSchema>,
  name: string,
  now: Date,
): Promise<Result<Ward>> => {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_WARD_NAME_LENGTH) {
    return err(`A ward name must be 1 to ${MAX_WARD_NAME_LENGTH} characters.`);
  }
  const row = {
    id: createUuidV7(now.getTime(), randomBytes(UUID_V7_RANDOM_BYTE_COUNT)),
    name: trimmed,
    last_seq: 0,
    staff_pin_salt: null,
    staff_pin_hash: null,
    staff_pin_iterations: null,
    escalation_text: null,
    mode_of_collection: null,
    created_at: now.toISOString(),
  };
  // The unique name decides, not a look-up first: two admins adding the same ward at once get one.
  const inserted = await db
    .insertInto('wards')
    .values(row)
    .onConflict((conflict) => conflict.column('name').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
    return err(`There is already a ward called "${trimmed}".`);
  }
  return ok(wardFromRow(row));
};

export const setStaffPin = async (
  db: Kysely<DatabaseSchema>,
  wardId: string,
  pin: string,
): Promise<Result<StaffPinVerifier>> => {
  if (!isValidStaffPin(pin)) return err(staffPinRule);
  const verifier = await createStaffPinVerifier(pin);
  const updated = await db
    .updateTable('wards')
    .set({
      staff_pin_salt: verifier.salt,
      staff_pin_hash: verifier.hash,
      staff_pin_iterations: verifier.iterations,
    })
    .where('id', '=', wardId)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 0 ? err('There is no such ward.') : ok(verifier);
};

export const setModeOfCollection = async (
  db: Kysely<DatabaseSchema>,
  wardId: string,
  mode: ModeOfCollection | null,
): Promise<Result<void>> => {
  if (mode !== null && !isModeOfCollection(mode)) {
    return err(`The mode of collection must be one of: ${MODES_OF_COLLECTION.join(', ')}.`);
  }
  const updated = await db
    .updateTable('wards')
    .set({ mode_of_collection: mode })
    .where('id', '=', wardId)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 0 ? err('There is no such ward.') : ok(undefined);
};

export const setEscalationText = async (
  db: Kysely<DatabaseSchema>,
  wardId: string,
  text: string | null,
): Promise<Result<void>> => {
  const trimmed = text?.trim() || null;
  if (trimmed !== null && trimmed.length > MAX_ESCALATION_TEXT_LENGTH) {
    return err(`The escalation text must be at most ${MAX_ESCALATION_TEXT_LENGTH} characters.`);
  }
  const updated = await db
    .updateTable('wards')
    .set({ escalation_text: trimmed })
    .where('id', '=', wardId)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 0 ? err('There is no such ward.') : ok(undefined);
};
