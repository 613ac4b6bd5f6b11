import { useId } from 'react';
import { kioskDisplayMessages } from '../display/display-messages';
import {
  isKioskLanguageCode,
  KIOSK_LANGUAGES,
  setKioskLanguage,
  useDocumentLanguage,
  useKioskLanguage,
  useMessages,
} from './kiosk-i18n';

/**
 * The kiosk's "Language" select. Its label always starts with the English word, which the
 * person who needs another language most likely recognises, then adds the chosen language's
 * own word ("Language / Iaith"); each option is the language's name in its own script. It
 * also keeps `<html lang dir>` on the chosen language (see {@link useDocumentLanguage}).
 */
export function LanguageControl() {
  const code = useKioskLanguage();
  const t = useMessages(kioskDisplayMessages);
  const id = useId();
  useDocumentLanguage();

  // Until the catalogue arrives the word is still the English one: show it once, not twice.
  const hasOwnWord = code !== 'en' && t.language !== 'Language';

  return (
    <div className="app-kiosk-language">
      <label className="app-kiosk-language__label" htmlFor={id}>
        <span lang="en">Language</span>
        {hasOwnWord && (
          <>
            {' / '}
            <span lang={code}>{t.language}</span>
          </>
        )}
      </label>
      <select
        className="nhsuk-select app-kiosk-language__select"
        id={id}
        value={code}
        onChange={(event) => {
          if (isKioskLanguageCode(event.target.value)) setKioskLanguage(event.target.value);
        }}
      >
        {KIOSK_LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code} dir={language.direction}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
