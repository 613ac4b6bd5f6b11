// Every catalogue carries exactly the English keys of every kiosk component, with the same
// `{param}` placeholders: a key added to the English without translations fails here. A counted
// message (`count()`) has exactly the plural categories its language has, as Intl.PluralRules (the
// rules `count()` itself picks a form with) lists them: a Polish message without "few" would show
// its "other" form for 2, 3 and 4.
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

const pluralCategoriesOf = (code: string): string[] =>
  [...new Intl.PluralRules(code).resolvedOptions().pluralCategories].sort();

/**
 * Whether a plural form may name its number in words instead of `{count}` ("دقيقتان", two
 * minutes): only when its category holds one whole number in that language. Arabic "two" is 2
 * alone; Bengali "one" is 0 and 1, and Polish "few" is 2–4, 22–24, ..., so those keep `{count}`.
 */
const isSingleNumberCategory = (code: string, category: string) => {
  const rules = new Intl.PluralRules(code);
  const numbers = Array.from({ length: 1_001 }, (_, number) => number);
  return numbers.filter((number) => rules.select(number) === category).length === 1;
};

const messageOf = (components: ComponentsJSON | undefined, component: string, key: string) =>
  (components?.[component] as Record<string, TranslationJSON> | undefined)?.[key];

describe('kiosk catalogues', () => {
  it('has one catalogue for each language but English, and no other', () => {
    expect(Object.keys(catalogueFiles).sort()).toEqual(
      translated.map((language) => `./locales/${language.code}.json`).sort(),
    );
  });

  it('writes every counted message in English with count(), in both English plural forms', () => {
    for (const [component, base] of Object.entries(english)) {
      for (const [key, message] of Object.entries(base)) {
        const where = `${component}.${key}`;
        if (typeof message === 'string') {
          // A number put into a plain sentence reads wrongly for 1 in English and for most
          // numbers in Polish, Welsh or Arabic.
          expect(placeholders(message), where).not.toContain('count');
        } else {
          expect(Object.keys(message).sort(), where).toEqual(pluralCategoriesOf('en'));
          for (const form of formsOf(message)) expect(placeholders(form), where).toEqual(['count']);
        }
      }
    }
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
          const translation = messageOf(catalogue, component, key);
          const where = `${code}: ${component}.${key}`;
          expect(translation, where).toBeDefined();
          if (translation === undefined) continue;
          expect(typeof translation, where).toBe(typeof message);
          const expected = placeholders(formsOf(message)[0] ?? '');
          if (typeof translation === 'string') {
            expect(translation.trim(), where).not.toBe('');
            expect(placeholders(translation), where).toEqual(expected);
            continue;
          }
          for (const [category, form] of Object.entries(translation)) {
            const formWhere = `${where}.${category}`;
            expect(typeof form, formWhere).toBe('string');
            if (typeof form !== 'string') continue;
            expect(form.trim(), formWhere).not.toBe('');
            const found = placeholders(form);
            const mayNameItsNumber = isSingleNumberCategory(code, category) && !found.includes('count');
            expect(found, formWhere).toEqual(
              mayNameItsNumber ? expected.filter((name) => name !== 'count') : expected,
            );
          }
        }
      }
    });

    it('gives every counted message exactly the plural categories of the language', () => {
      const categories = pluralCategoriesOf(code);
      for (const [component, base] of Object.entries(english)) {
        for (const [key, message] of Object.entries(base)) {
          if (typeof message === 'string') continue;
          const translation = messageOf(catalogue, component, key);
          const present = typeof translation === 'object' ? Object.keys(translation) : [];
          const where = `${code}: ${component}.${key}`;
          expect(
            categories.filter((category) => !present.includes(category)),
            `${where} lacks plural categories`,
          ).toEqual([]);
          expect(
            present.filter((category) => !categories.includes(category)),
            `${where} has categories ${code} never uses`,
          ).toEqual([]);
        }
      }
    });
  });
});
