import { useCallback, useMemo, useState } from 'react';
import { useSubscription } from '../../../components/use-subscription';
import { isNoteQueryNarrowed } from '../../../domain/notes/note-query';
import type { CaptureNotes } from '../capture-notes';
import { describeRecentCount } from './describe-recent-count';
import { EMPTY_RECENT_FILTERS, noteQueryOf, type RecentFilters } from './recent-filters';
import { RecentNoteFilters } from './recent-note-filters';
import { RecentNoteList } from './recent-note-list';
import { useRecentNotes } from './use-recent-notes';
import './recent.scss';

type RecentNotesProps = { notes: CaptureNotes };

/**
 * "Notes on this tablet": the recent entries, newest first, with a search over their words and
 * filters. The count is a polite status, so a screen reader hears each new answer without losing
 * its place. The filters live in this component only (never the URL: typed words are patient text).
 */
export function RecentNotes({ notes }: RecentNotesProps) {
  const [filters, setFilters] = useState<RecentFilters>(EMPTY_RECENT_FILTERS);
  const query = useMemo(() => noteQueryOf(filters), [filters]);
  const { page, isUpdating, loadMore } = useRecentNotes(notes, query);
  const watchWaiting = useCallback(
    (onIds: (value: ReadonlySet<string>) => void) => notes.watchWaitingRecordIds?.(onIds) ?? (() => {}),
    [notes],
  );
  const waitingIds = useSubscription(watchWaiting);
  const clear = useCallback(() => setFilters(EMPTY_RECENT_FILTERS), []);
  const isNarrowed = isNoteQueryNarrowed(query);

  return (
    <section className="app-recent" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes on this tablet</h2>
      <RecentNoteFilters filters={filters} onChange={setFilters} onClear={clear} />
      <p className="app-recent__count" role="status">
        {page === undefined || isUpdating || page.matchingCount === null
          ? ''
          : describeRecentCount(page.matchingCount, isNarrowed, page.hasStoredNotes)}
      </p>
      {page !== undefined && page.matchingCount === 0 && isNarrowed && !isUpdating && (
        <p className="app-recent__empty-hint">Check the spelling, use fewer words, or clear the filters.</p>
      )}
      {page !== undefined && page.notes.length > 0 && (
        <RecentNoteList
          notes={page.notes}
          matchingCount={page.matchingCount}
          waitingIds={waitingIds}
          isUpdating={isUpdating}
          onNearEnd={loadMore}
        />
      )}
    </section>
  );
}
