import type { NoteSuggestion } from './note-suggestion';
import { ThemeChips } from './theme-chips';
import { ThemeSearch } from './theme-search';

type ThemeFieldProps = {
  codes: readonly string[];
  suggestion: NoteSuggestion | null;
  onAdd: (code: string) => void;
  onRemove: (code: string) => void;
};

const themesId = 'capture-themes';

/** "Themes": the note's themes as removable chips, and a search to add others from the frame. */
export function ThemeField({ codes, suggestion, onAdd, onRemove }: ThemeFieldProps) {
  const suggestedCodes = new Set(suggestion?.themeCodes ?? []);
  const hintId = `${themesId}-hint`;
  return (
    <div className="nhsuk-form-group">
      <fieldset className="nhsuk-fieldset" aria-describedby={hintId}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Themes</legend>
        <div className="nhsuk-hint" id={hintId}>
          Suggested from the words (dashed border): remove any that do not fit.
        </div>
        <ThemeChips
          codes={codes}
          suggestedCodes={suggestedCodes}
          suggestedHintId={hintId}
          onRemove={onRemove}
        />
        <ThemeSearch selectedCodes={codes} onAdd={onAdd} />
      </fieldset>
    </div>
  );
}
