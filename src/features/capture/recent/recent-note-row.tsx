import { memo } from 'react';
import type { Note } from '../../../domain/notes/note';
import { findThemeByCode } from '../../../domain/theme-frame/theme-frame';
import { KIND_LABELS, SENTIMENT_LABELS } from '../capture-labels';
import { NoteCorrections } from '../corrections/note-corrections';
import { formatNoteTime } from '../format-note-time';

type RecentNoteRowProps = {
  note: Note;
  /** Whether the note waits in the outbox; `undefined` where sync is not composed (then neither is said). */
  isWaiting: boolean | undefined;
};

/**
 * One note of the recent-entries list: kind and time, the words, sentiment, themes and Urgent as
 * tags, the role that captured it, and whether it has been sent. Plain text in reading order, so
 * a screen reader reads the row as it looks. Only the words are a paragraph; the other lines are
 * divs, which also spares each row the NHS.UK stylesheet's `p:has(+ …)` rules (spacing before a
 * form group), costly to match: with them, styling and laying out a page of rows took 30 % longer.
 * "saved" and "Captured by" are visible words rather than visually hidden ones: each visually
 * hidden span is laid out on its own (absolute, clipped), and they were the costliest part of a row.
 */
export const RecentNoteRow = memo(function RecentNoteRow({ note, isWaiting }: RecentNoteRowProps) {
  const themeNames = note.themes.map((code) => findThemeByCode(code)?.name ?? code);
  return (
    <div className="app-recent-note">
      <div className="app-recent-note__heading">
        <strong>{KIND_LABELS[note.kind]}</strong>, saved{' '}
        <time className="app-recent-note__time" dateTime={note.createdAt}>
          {formatNoteTime(note.createdAt)}
        </time>
      </div>
      <p className="app-recent-note__text" dir="auto">
        {note.text}
      </p>
      {(note.isUrgent || note.sentiment !== null || themeNames.length > 0) && (
        <div className="app-recent-note__tags">
          {note.isUrgent && <strong className="nhsuk-tag nhsuk-tag--red">Urgent</strong>}
          {note.sentiment !== null && (
            <span className="nhsuk-tag nhsuk-tag--white">
              <span className="nhsuk-u-visually-hidden">Sentiment: </span>
              {SENTIMENT_LABELS[note.sentiment]}
            </span>
          )}
          {themeNames.map((name) => (
            <span key={name} className="nhsuk-tag nhsuk-tag--grey">
              <span className="nhsuk-u-visually-hidden">Theme: </span>
              {name}
            </span>
          ))}
        </div>
      )}
      <div className="app-recent-note__footer">
        {note.capturedByRole !== null && (
          <span className="app-recent-note__role">Captured by {note.capturedByRole}</span>
        )}
        {isWaiting !== undefined && (
          <span className="app-recent-note__sync">{isWaiting ? 'Waiting to send' : 'Sent'}</span>
        )}
      </div>
      <NoteCorrections note={note} />
    </div>
  );
});
