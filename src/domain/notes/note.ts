/**
 * `Note`: something a patient or relative said, a thank-you card, or what staff noticed, captured in a
 * few seconds so that this "soft intelligence" counts as data. Append-only: a correction is a new note
 * that `supersedes` the old one, so what was first written is never lost.
 */
import { z } from 'zod/mini';
import { REDACTION_KINDS } from '../feedback/feedback-response';
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

/** The most identifier reasons one note can carry. */
export const MAX_IDENTIFIER_REASONS = 20;

/** A theme code such as `staff-manner`: lower-case words joined by hyphens. */
const themeCodeSchema = z
  .string()
  .check(z.maxLength(64), z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a theme code such as staff-manner'));

/** The longest reason a person can give for keeping an identifier in a note's text. */
export const MAX_IDENTIFIER_REASON_LENGTH = 200;

/**
 * Why the person capturing a note kept an identifier the device found in its text (for example a
 * colleague's name in a thank-you): the kind kept and the reason in their words, never the
 * identifier itself.
 */
export const identifierReasonSchema = z.strictObject({
  kind: z.enum(REDACTION_KINDS),
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_IDENTIFIER_REASON_LENGTH)),
});

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
    /**
     * Identifiers left in `text` on purpose, each with the reason given. Optional, and absent
     * (never empty) when nothing was kept, so notes made before it existed still parse unchanged
     * and the server's identifier flags can be read beside the reasons.
     */
    identifierReasons: z.optional(
      z.array(identifierReasonSchema).check(z.minLength(1), z.maxLength(MAX_IDENTIFIER_REASONS)),
    ),
  })
  .check(
    z.refine((note) => note.supersedes !== note.id, {
      message: 'must name another note, not the note itself',
      path: ['supersedes'],
    }),
  );

/** A note captured on the ward. */
export type Note = z.infer<typeof noteSchema>;

/** The feeling of a note, for example `'mixed'`. */
export type Sentiment = (typeof SENTIMENTS)[number];

/** Where on the ward a note is about, for example `'day-room'`. */
export type NoteArea = (typeof NOTE_AREAS)[number];

/** Why an identifier was kept in a note's text. */
export type IdentifierReason = z.infer<typeof identifierReasonSchema>;

/**
 * What the person capturing a note gives: the words, and whatever else they chose. Anything left
 * out takes the note's neutral value (a staff observation, no sentiment or themes, not urgent, no
 * consent, no area or role, no identifier kept).
 */
export type NoteDraft = { text: string } & Partial<
  Pick<
    Note,
    | 'kind'
    | 'sentiment'
    | 'themes'
    | 'isUrgent'
    | 'hasConsentToShare'
    | 'area'
    | 'capturedByRole'
    | 'identifierReasons'
  >
>;

/**
 * What the device supplies for a new note. `id` is a fresh UUIDv7; `now` is the device clock;
 * `supersedes` is the id of the version a correction replaces (absent for a new note).
 */
export type NoteContext = { id: string; wardId: string; deviceId: string; now: Date; supersedes?: string };

/**
 * Makes a new note from a draft. The text is trimmed; empty or over-long text is refused with a
 * message that can be shown to the person typing (it never repeats their words). Themes keep their
 * first occurrence only; a blank role is no role; an empty list of identifier reasons is left out.
 * A correction is made the same way, with `context.supersedes` naming the version it replaces.
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
    sentiment: draft.sentiment ?? null,
    themes: [...new Set(draft.themes ?? [])],
    isUrgent: draft.isUrgent ?? false,
    hasConsentToShare: draft.hasConsentToShare ?? false,
    area: draft.area ?? null,
    capturedByRole: draft.capturedByRole?.trim() || null,
    supersedes: context.supersedes ?? null,
    ...(draft.identifierReasons && draft.identifierReasons.length > 0
      ? { identifierReasons: draft.identifierReasons }
      : {}),
  } satisfies Note);
  return note.isOk ? note : err(`The note could not be made: ${note.error}.`);
};
