/**
 * The kiosk's one i18n instance (@nanostores/i18n): the current language, the list of languages and
 * the hooks the kiosk's components read messages with. English is built in (the base translation in
 * each `kioskI18n(...)` call); every other language is one catalogue, `locales/<code>.json`, loaded
 * with a dynamic import so that each is its own lazy chunk (precached by the service worker, so a
 * language can be chosen offline).
 */
import { useEffect, useSyncExternalStore } from 'react';
import { atom, type ReadableAtom } from 'nanostores';
import { createI18n, type ComponentsJSON } from '@nanostores/i18n';

/** The kiosk's languages, each named in its own script. */
export const KIOSK_LANGUAGES = [
  { code: 'en', name: 'English', direction: 'ltr' },
  { code: 'cy', name: 'Cymraeg', direction: 'ltr' },
  { code: 'pl', name: 'Polski', direction: 'ltr' },
  { code: 'ro', name: 'Română', direction: 'ltr' },
  { code: 'bn', name: 'বাংলা', direction: 'ltr' },
  { code: 'ur', name: 'اردو', direction: 'rtl' },
  { code: 'ar', name: 'العربية', direction: 'rtl' },
] as const;

export type KioskLanguage = (typeof KIOSK_LANGUAGES)[number];
export type KioskLanguageCode = KioskLanguage['code'];

const DEFAULT_LANGUAGE: KioskLanguageCode = 'en';

const kioskLanguage = atom<KioskLanguageCode>(DEFAULT_LANGUAGE);

/** Whether `value` (a `<select>` value, say) is one of the kiosk's language codes. */
export const isKioskLanguageCode = (value: string): value is KioskLanguageCode =>
  KIOSK_LANGUAGES.some((language) => language.code === value);

/** The kiosk language with this code. */
export const kioskLanguageOf = (code: KioskLanguageCode): KioskLanguage =>
  KIOSK_LANGUAGES.find((language) => language.code === code) ?? KIOSK_LANGUAGES[0];

async function loadCatalogue(code: KioskLanguageCode, components: string[]): Promise<ComponentsJSON> {
  // @nanostores/i18n waits for every component it asked for: one missing from the catalogue
  // (a new component not yet translated) would keep it loading for ever, so it gets an empty
  // entry and shows its English.
  const untranslated: ComponentsJSON = Object.fromEntries(components.map((component) => [component, {}]));
  try {
    const catalogue = (await import(`./locales/${code}.json`)) as { default: ComponentsJSON };
    return { ...untranslated, ...catalogue.default };
  } catch (error) {
    // A catalogue missing from the cache while offline must not leave the kiosk half-switched:
    // empty components show English, and the next tick goes back to English and forgets this
    // attempt so that choosing the language again retries.
    console.error(`Kiosk: could not load the "${code}" catalogue`, error);
    setTimeout(() => {
      Reflect.deleteProperty(kioskI18n.cache, code);
      if (kioskLanguage.get() === code) kioskLanguage.set(DEFAULT_LANGUAGE);
    });
    return untranslated;
  }
}

/** Defines a component's messages: `kioskI18n('kiosk', { ...English... })`. */
export const kioskI18n = createI18n(kioskLanguage, {
  baseLocale: DEFAULT_LANGUAGE,
  get: loadCatalogue,
});

/** Switches the kiosk to `code`; its catalogue loads if it has not yet. */
export function setKioskLanguage(code: KioskLanguageCode): void {
  kioskLanguage.set(code);
}

/** Back to English: every reset calls this so the next person starts clean. */
export function resetKioskLanguage(): void {
  kioskLanguage.set(DEFAULT_LANGUAGE);
}

function useStoreValue<Value>(store: ReadableAtom<Value>): Value {
  return useSyncExternalStore(
    (onChange) => store.listen(onChange),
    () => store.get(),
  );
}

/** The current language code (chosen, even while its catalogue is still loading). */
export function useKioskLanguage(): KioskLanguageCode {
  return useStoreValue(kioskLanguage);
}

/** The current translation of a `kioskI18n(...)` message store. */
export function useMessages<Value>(store: ReadableAtom<Value>): Value {
  return useStoreValue(store);
}

/**
 * Keeps `<html lang>` and `<html dir>` on the language the kiosk shows. It waits for a catalogue
 * to arrive, so screen readers never read English text with Arabic rules; on unmount it puts
 * back what the page had (English, left to right).
 */
export function useDocumentLanguage(): void {
  const code = useKioskLanguage();
  const isLoading = useStoreValue(kioskI18n.loading);

  useEffect(() => {
    const root = document.documentElement;
    const previous = { lang: root.lang, dir: root.dir };
    return () => {
      root.lang = previous.lang || 'en';
      root.dir = previous.dir || 'ltr';
    };
  }, []);

  useEffect(() => {
    if (isLoading) return;
    const root = document.documentElement;
    root.lang = code;
    root.dir = kioskLanguageOf(code).direction;
  }, [code, isLoading]);
}
