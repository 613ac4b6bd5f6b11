/**
 * NHS England's FFT modes of collection on their own, so that code which needs only the list (the
 * ward settings read at boot) does not pull the whole feedback schema into the first-load bundle.
 */
/**
 * NHS England's FFT modes of collection (the "Mode …" columns of the monthly return), as stored in a
 * response. NHS England names no category for a ward kiosk; which one a kiosk uses is decided with the
 * monthly return, not here.
 */
export const MODES_OF_COLLECTION = [
  'sms',
  'electronic-discharge',
  'electronic-home',
  'paper-discharge',
  'paper-home',
  'telephone',
  'online',
  'other',
] as const;

/** A stored mode of collection, for example `'electronic-discharge'`. */
export type ModeOfCollection = (typeof MODES_OF_COLLECTION)[number];

/** NHS England's name for each mode, as in the return's "Mode …" column headings. */
export const MODE_OF_COLLECTION_LABELS = {
  sms: 'SMS',
  'electronic-discharge': 'Electronic Discharge',
  'electronic-home': 'Electronic Home',
  'paper-discharge': 'Paper Discharge',
  'paper-home': 'Paper Home',
  telephone: 'Telephone',
  online: 'Online',
  other: 'Other',
} as const satisfies Record<ModeOfCollection, string>;

/**
 * The mode a kiosk records when its ward has not chosen one. NHS England names no kiosk mode; a ward
 * kiosk is answered at the end of a stay, so "Electronic Discharge" is the nearest column.
 */
export const KIOSK_DEFAULT_MODE_OF_COLLECTION: ModeOfCollection = 'electronic-discharge';
