/**
 * English labels of the kiosk's settings that this folder and the language control draw
 * (translations in ../i18n/locales, checked by the locales test).
 */
import { kioskI18n } from '../i18n/kiosk-i18n';

export const kioskDisplayMessages = kioskI18n('kioskDisplay', {
  /** The word for "language" in the chosen language, shown after "Language / ". */
  language: 'Language',
  easyRead: 'Easy read',
  textSize: 'Text size',
  textSizeStandard: 'Standard',
  textSizeLarge: 'Large',
  textSizeLargest: 'Largest',
  highContrast: 'High contrast',
});
