import { useMemo, useRef, useState } from 'react';
import { searchThemes } from '../../domain/theme-frame/search-themes';

/** How many matches show at once: enough to choose from, few enough to fit under the box. */
const SHOWN_MATCH_COUNT = 6;

type ThemeSearchProps = {
  /** Themes the note has already: not offered again. */
  selectedCodes: readonly string[];
  onAdd: (code: string) => void;
};

const searchId = 'capture-theme-search';

/**
 * "Add a theme": a search box over the code frame (name, category and definition) with the best
 * matches as buttons under it. Enter adds the best match rather than saving the note.
 */
export function ThemeSearch({ selectedCodes, onAdd }: ThemeSearchProps) {
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => {
    if (query.trim() === '') return [];
    const selected = new Set(selectedCodes);
    return searchThemes(query)
      .filter((theme) => !selected.has(theme.code))
      .slice(0, SHOWN_MATCH_COUNT);
  }, [query, selectedCodes]);

  const add = (code: string) => {
    onAdd(code);
    setQuery('');
    // The tapped button goes away with the matches: focus returns to the box for the next theme.
    input.current?.focus();
  };

  return (
    <div className="nhsuk-form-group app-capture-theme-search">
      <label className="nhsuk-label" htmlFor={searchId}>
        Add a theme
      </label>
      <div className="nhsuk-hint" id={`${searchId}-hint`}>
        Type a word such as food, noise or discharge, then choose a theme
      </div>
      <input
        ref={input}
        className="nhsuk-input"
        id={searchId}
        type="search"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${searchId}-hint`}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          const [best] = matches;
          if (best) add(best.code);
        }}
      />
      <p className="nhsuk-u-visually-hidden" role="status">
        {query.trim() === '' ? '' : describeMatchCount(matches.length)}
      </p>
      {matches.length > 0 && (
        <ul className="app-capture-theme-matches" aria-label="Themes found">
          {matches.map((theme) => (
            <li key={theme.code}>
              <button type="button" className="app-capture-theme-match" onClick={() => add(theme.code)}>
                <span className="nhsuk-u-visually-hidden">Add theme </span>
                {theme.name}
              </button>
              <span className="app-capture-theme-match__category">{theme.category}</span>
            </li>
          ))}
        </ul>
      )}
      {query.trim() !== '' && matches.length === 0 && <p className="nhsuk-body-s">No theme matches</p>}
    </div>
  );
}

const describeMatchCount = (count: number): string =>
  count === 0 ? 'No theme matches' : count === 1 ? '1 theme found' : `${count} themes found`;
