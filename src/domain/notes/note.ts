/**
 * `Note`: something a patient or relative said, a thank-you card, or what staff noticed, captured in a
 * few seconds so that this "soft intelligence" counts as data. Append-only: a correction is a new note
 * that `supersedes` the old one, so what was first written is never lost.
 */
import { z } from 'zod/mini';
import { parseSchema } from '../shared/parse-schema';
import { MAX_FREE_TEXT_LENGTH, recordBaseShape, roleSchema, uuidV7Schema } from '../shared/record-base';
import { err, type Result } from '../shared/result';
import { SCHEMA_VERSION } from '../shared/schema-version';

/** What a note is. */
export const NOTE_KINDS = [
  'patient-comment',
  'relative-or-carer-comment',
  'compliment',
  'staff-observation',
  'concern',
  'fifteen-steps-finding',
] as const;

/** The kind of a note, for example `'compliment'`. */
export type NoteKind = (typeof NOTE_KINDS)[number];

/** The kind a note gets when the person capturing it does not choose one. */
export const DEFAULT_NOTE_KIND: NoteKind = 'staff-observation';

/** The feeling a note expresses; `null` on a note means not yet judged. */
export const SENTIMENTS = ['positive', 'mixed', 'negative', 'neutral'] as const;

/** Where on the ward a note is about; `null` on a note means not said. */
export const NOTE_AREAS = ['bay', 'side-room', 'day-room', 'corridor'] as const;

/** The most themes one note can carry. */
export const MAX_NOTE_THEMES = 20;

/** A theme code such as `staff-manner`: lower-case words joined by hyphens. */
const themeCodeSchema = z
  .string()
  .check(z.maxLength(64), z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a theme code such as staff-manner'));

/** A note's words: trimmed, never empty, at most {@link MAX_FREE_TEXT_LENGTH} characters. */
const noteTextSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_FREE_TEXT_LENGTH));

/** The schema of a stored or synced `Note`. Unknown fields are refused. */
export const noteSchema = z
  .strictObject({
    ...recordBaseShape,
    kind: z.enum(NOTE_KINDS),
    text: noteTextSchema,
    sentiment: z.nullable(z.enum(SENTIMENTS)),
    /** Codes from the ward's theme frame (the NHS QDC framework by default). */
    themes: z.array(themeCodeSchema).check(z.maxLength(MAX_NOTE_THEMES)),
    /** Needs escalating now. */
    isUrgent: z.boolean(),
    /** The person agreed that their words may be shown verbatim (in the huddle pack, on the kiosk). */
    hasConsentToShare: z.boolean(),
    area: z.nullable(z.enum(NOTE_AREAS)),
    /** The role of whoever captured the note ("HCA"), never their name. */
    capturedByRole: z.nullable(roleSchema),
    /** The id of the note this one corrects. */
    supersedes: z.nullable(uuidV7Schema),
  })
  .check(
    z.refine((note) => note.supersedes !== note.id, {
      message: 'must name another note, not the note itself',
      path: ['supersedes'],
    }),
  );

/** A note captured on the ward. */
export type Note = z.infer<typeof noteSchema>;

/** What the person capturing a note gives. */
export type NoteDraft = { text: string; kind?: NoteKind };

/** What the device supplies for a new note. `id` is a fresh UUIDv7; `now` is the device clock. */
export type NoteContext = { id: string; wardId: string; deviceId: string; now: Date };

/**
 * Makes a new note from a draft. The text is trimmed; empty or over-long text is refused with a
 * message that can be shown to the person typing (it never repeats their words).
 */
export const createNote = (draft: NoteDraft, context: NoteContext): Result<Note> => {
  const text = draft.text.trim();
  if (text.length === 0) {
    return err('The note is empty. Write what was said or seen, then save.');
  }
  if (text.length > MAX_FREE_TEXT_LENGTH) {
    const limit = MAX_FREE_TEXT_LENGTH.toLocaleString('en-GB');
    const length = text.length.toLocaleString('en-GB');
    return err(
      `The note is too long: ${length} characters, and the most is ${limit}. Shorten it or split it.`,
    );
  }
  const note = parseSchema(noteSchema, {
    id: context.id,
    wardId: context.wardId,
    deviceId: context.deviceId,
    createdAt: context.now.toISOString(),
    schemaVersion: SCHEMA_VERSION,
    kind: draft.kind ?? DEFAULT_NOTE_KIND,
    text,
    sentiment: null,
    themes: [],
    isUrgent: false,
    hasConsentToShare: false,
    area: null,
    capturedByRole: null,
    supersedes: null,
  } satisfies Note);
  return note.isOk ? note : err(`The note could not be made: ${note.error}.`);
};
