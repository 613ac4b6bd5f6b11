// Every catalogue carries exactly the English keys of every kiosk component, with the same
// `{param}` placeholders: a key added to the English without translations fails here.
import { describe, expect, it } from 'vitest';
import type { ComponentsJSON, TranslationJSON } from '@nanostores/i18n';
import { kioskEasyReadMessages, kioskMessages } from '../kiosk-messages';
import { kioskDisplayMessages } from '../display/display-messages';
import { KIOSK_LANGUAGES, kioskI18n } from './kiosk-i18n';

const catalogueFiles = import.meta.glob<ComponentsJSON>('./locales/*.json', {
  eager: true,
  import: 'default',
});
const catalogueOf = (code: string) => catalogueFiles[`./locales/${code}.json`];

// Importing the message modules registers their components; the English base of each is what
// `kioskI18n(name, {...})` put in the English cache.
const MESSAGE_STORES = {
  kiosk: kioskMessages,
  kioskEasyRead: kioskEasyReadMessages,
  kioskDisplay: kioskDisplayMessages,
};
const english = kioskI18n.cache.en as unknown as ComponentsJSON;
const translated = KIOSK_LANGUAGES.filter((language) => language.code !== 'en');

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/** The plain strings of a message: itself, or each plural form of a `count()` message. */
const formsOf = (message: TranslationJSON): string[] =>
  typeof message === 'string' ? [message] : Object.values(message).flatMap(formsOf);

describe('kiosk catalogues', () => {
  it('has one catalogue for each language but English, and no other', () => {
    expect(Object.keys(catalogueFiles).sort()).toEqual(
      translated.map((language) => `./locales/${language.code}.json`).sort(),
    );
  });

  it('knows every kiosk component', () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(MESSAGE_STORES).sort());
    for (const [name, store] of Object.entries(MESSAGE_STORES)) {
      expect(Object.keys(store.get()).sort(), name).toEqual(Object.keys(english[name] ?? {}).sort());
    }
  });

  describe.each(translated)('$code ($name)', ({ code }) => {
    const catalogue = catalogueOf(code) ?? {};

    it('has exactly the components and keys of the English', () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
      for (const [component, base] of Object.entries(english)) {
        expect(Object.keys(catalogue[component] ?? {}).sort(), component).toEqual(Object.keys(base).sort());
      }
    });

    it('translates every message, keeping its {placeholders}', () => {
      for (const [component, base] of Object.entries(english)) {
        for (const [key, message] of Object.entries(base)) {
          const translation = (catalogue[component] as Record<string, TranslationJSON> | undefined)?.[key];
          const where = `${code}: ${component}.${key}`;
          expect(translation, where).toBeDefined();
          if (translation === undefined) continue;
          expect(typeof translation, where).toBe(typeof message);
          const expected = placeholders(formsOf(message)[0] ?? '');
          for (const form of formsOf(translation)) {
            expect(form.trim(), where).not.toBe('');
            expect(placeholders(form), where).toEqual(expected);
          }
        }
      }
    });

    it('gives plural messages every plural form the language has', () => {
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      for (const [component, base] of Object.entries(english)) {
        for (const [key, message] of Object.entries(base)) {
          if (typeof message === 'string') continue;
          const translation = (catalogue[component] as Record<string, TranslationJSON> | undefined)?.[key];
          expect(Object.keys(translation ?? {}).sort(), `${code}: ${component}.${key}`).toEqual(
            [...categories].sort(),
          );
        }
      }
    });
  });
});
