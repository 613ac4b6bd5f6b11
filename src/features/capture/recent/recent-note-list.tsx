import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Note } from '../../../domain/notes/note';
import { RecentNoteRow } from './recent-note-row';

type RecentNoteListProps = {
  notes: readonly Note[];
  /**
   * How many notes match in all: the list's size as screen readers announce it; `null` while it is
   * being counted (ARIA's -1: the size is not known yet).
   */
  matchingCount: number | null;
  /** Ids of notes waiting to be sent, or `undefined` where sync is not composed. */
  waitingIds: ReadonlySet<string> | undefined;
  /** Whether the notes shown answer an older search than the one typed (the list is busy). */
  isUpdating: boolean;
  /** Called as the list nears the end of the notes it holds. */
  onNearEnd: () => void;
};

/**
 * A first guess at a row's height; each row is measured once drawn. Close to a typical row on a
 * tablet (kind and time, two lines of words, tags, footer, Edit and Delete: about 227 px), so the
 * first render draws the rows that fit, and measuring seldom moves rows or brings more into view,
 * which would draw the list a second time within its first commit.
 */
const ESTIMATED_ROW_HEIGHT = 227;
/**
 * Rows drawn beyond each edge of the visible part (the virtualiser's default): the list redraws
 * in the scroll event itself, so one row is enough to show no gaps, and every row more is drawn
 * in the first frame for nobody to see.
 */
const OVERSCAN = 1;
/** How close to the last held note the list asks for more. */
const NEAR_END = 20;
/** The list box's greatest height as a share of the viewport's (recent.scss: `max-height: 70vh`). */
const LIST_SHARE_OF_VIEWPORT = 0.7;
/**
 * The height assumed for the box before it is measured (the first render), or when it is not laid
 * out (hidden, or a document without layout such as a test's): the box's greatest height, so the
 * first render draws the rows that will show and measuring the box brings no more into view.
 */
const unlaidOutHeight = (): number => Math.round(window.innerHeight * LIST_SHARE_OF_VIEWPORT);
/** Rows moved by Page Up and Page Down. */
const PAGE_STEP = 5;

const nextIndex = (key: string, index: number, count: number): number | null => {
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(index + 1, last);
    case 'ArrowUp':
      return Math.max(index - 1, 0);
    case 'PageDown':
      return Math.min(index + PAGE_STEP, last);
    case 'PageUp':
      return Math.max(index - PAGE_STEP, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
};

/**
 * The notes as a virtualised list: only the rows near the visible part are in the page, so 50,000
 * notes scroll as smoothly as 50. For keyboards and screen readers it stays one list: each drawn
 * row says its place in the whole ("3 of 1,204", aria-posinset and aria-setsize); one row at a time
 * is in the Tab order, and the arrow keys, Page Up/Down, Home and End move between rows, scrolling
 * the row into view and focusing it, so every note is reached without a mouse.
 */
export function RecentNoteList({
  notes,
  matchingCount,
  waitingIds,
  isUpdating,
  onNearEnd,
}: RecentNoteListProps) {
  const scrollElement = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const focusWanted = useRef<number | null>(null);
  const virtualizer = useVirtualizer({
    count: notes.length,
    getScrollElement: () => scrollElement.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (index) => notes[index]?.id ?? index,
    // Rows are drawn in the first render, before the box is measured, rather than one render later.
    initialRect: { width: 0, height: unlaidOutHeight() },
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) =>
        onRect(rect.height === 0 ? { ...rect, height: unlaidOutHeight() } : rect),
      ),
  });
  const items = virtualizer.getVirtualItems();
  const lastDrawn = items.at(-1)?.index ?? 0;
  // The row last focused stays in the Tab order; when it has scrolled out of the drawn part, the
  // first drawn row takes its place, so Tab always reaches the list.
  const tabbableIndex = items.some(({ index }) => index === activeIndex)
    ? activeIndex
    : (items[0]?.index ?? 0);

  useEffect(() => {
    if (notes.length > 0 && lastDrawn >= notes.length - NEAR_END) onNearEnd();
  }, [lastDrawn, notes.length, onNearEnd]);

  // Focus follows a key press once the wanted row is drawn (scrolling draws it a frame later).
  useEffect(() => {
    const wanted = focusWanted.current;
    if (wanted === null) return;
    const row = scrollElement.current?.querySelector<HTMLElement>(`[data-index="${wanted}"]`);
    if (row) {
      focusWanted.current = null;
      row.focus({ preventScroll: true });
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.target !== event.currentTarget.querySelector(`[data-index="${tabbableIndex}"]`)) return;
    const next = nextIndex(event.key, tabbableIndex, notes.length);
    if (next === null) return;
    event.preventDefault();
    setActiveIndex(next);
    focusWanted.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  return (
    <div ref={scrollElement} className="app-recent-list">
      <ol
        className="app-recent-list__items"
        role="list"
        aria-label="Notes, newest first"
        aria-busy={isUpdating}
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {items.map((item) => {
          const note = notes[item.index];
          if (!note) return null;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="app-recent-list__item"
              aria-posinset={item.index + 1}
              aria-setsize={matchingCount ?? -1}
              tabIndex={item.index === tabbableIndex ? 0 : -1}
              onFocus={(event) => {
                if (event.target === event.currentTarget) setActiveIndex(item.index);
              }}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <RecentNoteRow note={note} isWaiting={waitingIds && waitingIds.has(note.id)} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
