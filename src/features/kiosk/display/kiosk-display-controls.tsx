import { useId } from 'react';
import { useMessages } from '../i18n/kiosk-i18n';
import { kioskDisplayMessages } from './display-messages';
import { KIOSK_TEXT_SIZES, useKioskDisplayStore, type KioskTextSize } from './kiosk-display-store';

const TEXT_SIZE_MESSAGE = {
  standard: 'textSizeStandard',
  large: 'textSizeLarge',
  largest: 'textSizeLargest',
} as const satisfies Record<KioskTextSize, string>;

/**
 * The kiosk's display settings for the settings bar: "Easy read" and "High contrast" toggle
 * buttons (`aria-pressed`) and a "Text size" radio group. Native controls, so keyboards and
 * switch access work without extra code; each option is a 48 px target (src/styles/_kiosk.scss).
 */
export function KioskDisplayControls() {
  const t = useMessages(kioskDisplayMessages);
  const { textSize, isHighContrast, isEasyRead, setTextSize, setIsHighContrast, setIsEasyRead } =
    useKioskDisplayStore();
  const textSizeId = useId();

  return (
    <div className="app-kiosk-display">
      <button
        type="button"
        className="app-kiosk-toggle"
        aria-pressed={isEasyRead}
        onClick={() => setIsEasyRead(!isEasyRead)}
      >
        {t.easyRead}
      </button>
      <fieldset className="app-kiosk-text-size" role="radiogroup" aria-labelledby={`${textSizeId}-legend`}>
        <legend className="app-kiosk-text-size__legend" id={`${textSizeId}-legend`}>
          {t.textSize}
        </legend>
        {KIOSK_TEXT_SIZES.map((size) => (
          <div key={size} className={`app-kiosk-text-size__option app-kiosk-text-size__option--${size}`}>
            <input
              className="app-kiosk-text-size__input"
              type="radio"
              id={`${textSizeId}-${size}`}
              name={`${textSizeId}-text-size`}
              value={size}
              checked={textSize === size}
              onChange={() => setTextSize(size)}
            />
            <label className="app-kiosk-text-size__label" htmlFor={`${textSizeId}-${size}`}>
              {t[TEXT_SIZE_MESSAGE[size]]}
            </label>
          </div>
        ))}
      </fieldset>
      <button
        type="button"
        className="app-kiosk-toggle"
        aria-pressed={isHighContrast}
        onClick={() => setIsHighContrast(!isHighContrast)}
      >
        {t.highContrast}
      </button>
    </div>
  );
}
