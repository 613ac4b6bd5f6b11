import { memo, useMemo } from 'react';
import { useCaptureStore } from './capture-store';
import { shownThemeCodes } from './note-draft-of';
import { ThemeChips } from './theme-chips';
import { ThemeSearch } from './theme-search';

const themesId = 'capture-themes';

/** "Themes": the note's themes as removable chips, and a search to add others from the frame. */
export const ThemeField = memo(function ThemeField() {
  const suggestion = useCaptureStore((state) => state.suggestion);
  const addedThemeCodes = useCaptureStore((state) => state.addedThemeCodes);
  const removedThemeCodes = useCaptureStore((state) => state.removedThemeCodes);
  const addTheme = useCaptureStore((state) => state.addTheme);
  const removeTheme = useCaptureStore((state) => state.removeTheme);
  const codes = useMemo(
    () => shownThemeCodes({ suggestion, addedThemeCodes, removedThemeCodes }),
    [suggestion, addedThemeCodes, removedThemeCodes],
  );
  const suggestedCodes = useMemo(() => new Set(suggestion?.themeCodes ?? []), [suggestion]);
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
          onRemove={removeTheme}
        />
        <ThemeSearch selectedCodes={codes} onAdd={addTheme} />
      </fieldset>
    </div>
  );
});
