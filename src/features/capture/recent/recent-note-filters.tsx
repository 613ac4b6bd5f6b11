import { memo, useMemo } from 'react';
import { FormField, fieldIds } from '../../../components/form-field';
import { DEFAULT_THEME_FRAME } from '../../../domain/theme-frame/theme-frame';
import type { Theme } from '../../../domain/theme-frame/theme';
import { KIND_LABELS, SENTIMENT_LABELS, STAFF_ROLES } from '../capture-labels';
import { FilterSelect } from './filter-select';
import { isDateRangeReversed, isNoteKind, isSentiment, type RecentFilters } from './recent-filters';

type RecentNoteFiltersProps = {
  filters: RecentFilters;
  onChange: (filters: RecentFilters) => void;
  onClear: () => void;
};

const ids = {
  search: 'recent-search',
  kind: 'recent-kind',
  theme: 'recent-theme',
  sentiment: 'recent-sentiment',
  role: 'recent-role',
  urgent: 'recent-urgent',
  from: 'recent-from',
  to: 'recent-to',
} as const;

const kindOptions = Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }));
const sentimentOptions = Object.entries(SENTIMENT_LABELS).map(([value, label]) => ({ value, label }));
const roleOptions = STAFF_ROLES.map((role) => ({ value: role, label: role }));

const themesByCategory = (frame: readonly Theme[]): [string, Theme[]][] => {
  const groups = new Map<string, Theme[]>();
  for (const theme of frame) groups.set(theme.category, [...(groups.get(theme.category) ?? []), theme]);
  return [...groups];
};

/**
 * "Search notes" and the filters (kind, theme, sentiment, role, urgent, dates), applied as they
 * change: there is nothing to submit, and Enter in the search box does not reload the page.
 */
export const RecentNoteFilters = memo(function RecentNoteFilters({
  filters,
  onChange,
  onClear,
}: RecentNoteFiltersProps) {
  const themeGroups = useMemo(() => themesByCategory(DEFAULT_THEME_FRAME), []);
  const set = <Key extends keyof RecentFilters>(key: Key, value: RecentFilters[Key]) =>
    onChange({ ...filters, [key]: value });
  const isReversed = isDateRangeReversed(filters);

  return (
    <form
      className="app-recent-filters"
      role="search"
      aria-label="Search and filter notes"
      onSubmit={(event) => event.preventDefault()}
    >
      <FormField
        controlId={ids.search}
        label="Search notes"
        hint="Type words from the note. The start of a word is enough, for example disch for discharge."
      >
        <input
          className="nhsuk-input"
          id={ids.search}
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={fieldIds(ids.search).hintId}
          value={filters.searchText}
          onChange={(event) => set('searchText', event.target.value)}
        />
      </FormField>
      <div className="app-recent-filters__grid">
        <FilterSelect
          id={ids.kind}
          label="Kind"
          anyLabel="Any kind"
          options={kindOptions}
          value={filters.kind}
          onChange={(value) => set('kind', isNoteKind(value) ? value : '')}
        />
        <FormField controlId={ids.theme} label="Theme">
          <select
            className="nhsuk-select"
            id={ids.theme}
            value={filters.themeCode}
            onChange={(event) => set('themeCode', event.target.value)}
          >
            <option value="">Any theme</option>
            {themeGroups.map(([category, themes]) => (
              <optgroup key={category} label={category}>
                {themes.map((theme) => (
                  <option key={theme.code} value={theme.code}>
                    {theme.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </FormField>
        <FilterSelect
          id={ids.sentiment}
          label="Sentiment"
          anyLabel="Any sentiment"
          options={sentimentOptions}
          value={filters.sentiment}
          onChange={(value) => set('sentiment', isSentiment(value) ? value : '')}
        />
        <FilterSelect
          id={ids.role}
          label="Role"
          anyLabel="Any role"
          options={roleOptions}
          value={filters.role}
          onChange={(value) => set('role', value)}
        />
        <FormField controlId={ids.from} label="Saved from">
          <input
            className="nhsuk-input"
            id={ids.from}
            type="date"
            value={filters.fromDate}
            onChange={(event) => set('fromDate', event.target.value)}
          />
        </FormField>
        <FormField
          controlId={ids.to}
          label="Saved to"
          error={isReversed ? 'The "Saved to" date must be the same as or after the "Saved from" date' : null}
        >
          <input
            className={`nhsuk-input${isReversed ? ' nhsuk-input--error' : ''}`}
            id={ids.to}
            type="date"
            value={filters.toDate}
            aria-describedby={isReversed ? fieldIds(ids.to).errorId : undefined}
            aria-invalid={isReversed || undefined}
            onChange={(event) => set('toDate', event.target.value)}
          />
        </FormField>
      </div>
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small app-recent-filters__urgent">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={ids.urgent}
            type="checkbox"
            checked={filters.isUrgentOnly}
            onChange={(event) => set('isUrgentOnly', event.target.checked)}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={ids.urgent}>
            Urgent only
          </label>
        </div>
      </div>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary app-recent-filters__clear"
        onClick={onClear}
      >
        Clear filters
      </button>
    </form>
  );
});
