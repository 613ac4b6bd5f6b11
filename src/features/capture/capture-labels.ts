// The words the capture screen shows for each stored value. Stored values stay codes
// ('relative-or-carer-comment'); people read these.
import type { NoteArea, NoteKind, Sentiment } from '../../domain/notes/note';
import type { IdentifierKind } from '../../domain/redaction/identifier';

export const KIND_LABELS = {
  'patient-comment': 'Patient comment',
  'relative-or-carer-comment': 'Relative or carer comment',
  compliment: 'Compliment or thank-you',
  'staff-observation': 'Staff observation',
  concern: 'Concern to escalate',
  'fifteen-steps-finding': '15 Steps finding',
} as const satisfies Record<NoteKind, string>;

export const SENTIMENT_LABELS = {
  positive: 'Positive',
  mixed: 'Mixed',
  negative: 'Negative',
  neutral: 'Neutral',
} as const satisfies Record<Sentiment, string>;

export const AREA_LABELS = {
  bay: 'Bay',
  'side-room': 'Side room',
  'day-room': 'Day room',
  corridor: 'Corridor',
} as const satisfies Record<NoteArea, string>;

/**
 * The roles offered for "Your role", stored as shown. Roles only, never names: the tablet
 * remembers the choice, and the note keeps it as `capturedByRole`.
 */
export const STAFF_ROLES = [
  'Nurse',
  'HCA',
  'Doctor',
  'Ward manager',
  'Ward clerk',
  'Housekeeper',
  'Therapist',
  'Student',
  'Volunteer',
  'Other',
] as const;

/** Each kind of identifier as a sentence names it ("Remove name …"). */
export const IDENTIFIER_KIND_LABELS = {
  'nhs-number': 'NHS number',
  'phone-number': 'phone number',
  email: 'email address',
  postcode: 'postcode',
  'date-of-birth': 'date of birth',
  name: 'name',
} as const satisfies Record<IdentifierKind, string>;
