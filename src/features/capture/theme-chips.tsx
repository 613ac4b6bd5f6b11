import { findThemeByCode } from '../../domain/theme-frame/theme-frame';

type ThemeChipsProps = {
  codes: readonly string[];
  /** Codes that came from the suggestion rather than from the person. */
  suggestedCodes: ReadonlySet<string>;
  /** The id of the text that explains what "suggested" means; suggested chips are described by it. */
  suggestedHintId: string;
  onRemove: (code: string) => void;
};

/**
 * The note's themes as chips; each chip is a button that removes its theme. The visible name
 * is in the button's accessible name ("Remove theme Discharge"), so voice control finds it; a
 * suggested chip has a dashed border and is described by the hint that says so.
 */
export function ThemeChips({ codes, suggestedCodes, suggestedHintId, onRemove }: ThemeChipsProps) {
  if (codes.length === 0) {
    return <p className="app-capture-themes__empty">No themes yet</p>;
  }
  return (
    <ul className="app-capture-themes" aria-label="Themes of this note">
      {codes.map((code) => {
        const name = findThemeByCode(code)?.name ?? code;
        const isSuggested = suggestedCodes.has(code);
        return (
          <li key={code}>
            <button
              type="button"
              className={`app-capture-theme${isSuggested ? ' app-capture-theme--suggested' : ''}`}
              aria-describedby={isSuggested ? suggestedHintId : undefined}
              onClick={() => onRemove(code)}
            >
              <span className="nhsuk-u-visually-hidden">Remove theme </span>
              {name}
              <span className="app-capture-theme__cross" aria-hidden="true">
                ×
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
