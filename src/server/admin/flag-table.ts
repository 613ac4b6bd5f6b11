// The `flags` command's table: one row per flagged record (SPEC PUSH-6), with what was found in words
// and how many of each. Flags hold no text, so nothing here can show a patient's words.
import type { IdentifierKind } from '../../domain/redaction/identifier';
import type { IdentifierFlag, Ward } from '../storage/sync-store';
import { formatColumns, formatTime } from './device-table';

/** Each kind in words, as the kiosk names them. */
const KIND_WORDS = {
  'nhs-number': 'NHS number',
  'phone-number': 'phone number',
  email: 'email address',
  postcode: 'postcode',
  'date-of-birth': 'date of birth',
  name: 'name',
} as const satisfies Record<IdentifierKind, string>;

/** `phone number: 1, name: 2`. */
export const describeKinds = (kinds: IdentifierFlag['kinds']): string =>
  kinds.map(({ kind, count }) => `${KIND_WORDS[kind]}: ${count}`).join(', ');

export const formatFlagTable = (flags: readonly IdentifierFlag[], wards: readonly Ward[]): string => {
  const wardNames = new Map(wards.map((ward) => [ward.id, ward.name]));
  return formatColumns([
    ['RECORD ID', 'TYPE', 'WARD', 'FOUND', 'FLAGGED'],
    ...flags.map((flag) => [
      flag.recordId,
      flag.recordType,
      wardNames.get(flag.wardId) ?? flag.wardId,
      describeKinds(flag.kinds),
      formatTime(flag.flaggedAt),
    ]),
  ]);
};
