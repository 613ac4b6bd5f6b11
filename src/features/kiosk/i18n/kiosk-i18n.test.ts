import { afterEach, describe, expect, it, vi } from 'vitest';
import { params } from '@nanostores/i18n';
import {
  KIOSK_LANGUAGES,
  isKioskLanguageCode,
  kioskI18n,
  resetKioskLanguage,
  setKioskLanguage,
} from './kiosk-i18n';
import { kioskDisplayMessages } from '../display/display-messages';

// A component of this test's own, to show that `params()` messages are translated and filled in too.
const sample = kioskI18n('kioskI18nTest', {
  highContrast: 'High contrast',
  wait: params('Wait {seconds} seconds'),
});

/** Keeps a message store mounted (as a rendered component would) for the test's length. */
const mount = <Value>(store: { listen: (listener: () => void) => () => void; get: () => Value }) => {
  const stop = store.listen(() => {});
  return { value: () => store.get(), stop };
};

describe('kiosk i18n', () => {
  afterEach(() => resetKioskLanguage());

  it('lists the seven languages, each named in its own script, two of them right to left', () => {
    expect(KIOSK_LANGUAGES.map(({ code, name }) => `${code} ${name}`)).toEqual([
      'en English',
      'cy Cymraeg',
      'pl Polski',
      'ro Română',
      'bn বাংলা',
      'ur اردو',
      'ar العربية',
    ]);
    expect(
      KIOSK_LANGUAGES.filter((language) => language.direction === 'rtl').map(({ code }) => code),
    ).toEqual(['ur', 'ar']);
    expect(isKioskLanguageCode('ar')).toBe(true);
    expect(isKioskLanguageCode('fr')).toBe(false);
  });

  it('starts in English', () => {
    const messages = mount(kioskDisplayMessages);
    expect(messages.value().textSize).toBe('Text size');
    messages.stop();
  });

  it('loads the Arabic catalogue when Arabic is chosen, and goes back to English on reset', async () => {
    const messages = mount(kioskDisplayMessages);
    setKioskLanguage('ar');
    await vi.waitFor(() => expect(messages.value().textSize).toBe('حجم النص'));
    expect(messages.value().highContrast).toBe('تباين عالٍ');
    expect(kioskI18n.loading.get()).toBe(false);

    resetKioskLanguage();
    expect(messages.value().textSize).toBe('Text size');
    messages.stop();
  });

  it('shows a language another time from the cache, without waiting', async () => {
    const messages = mount(kioskDisplayMessages);
    setKioskLanguage('cy');
    await vi.waitFor(() => expect(messages.value().language).toBe('Iaith'));
    resetKioskLanguage();
    setKioskLanguage('cy');
    expect(messages.value().language).toBe('Iaith');
    messages.stop();
  });

  it('keeps English for a message a catalogue lacks, and fills in params', async () => {
    const messages = mount(sample);
    setKioskLanguage('pl');
    await vi.waitFor(() => expect(kioskI18n.cache.pl).toBeDefined());
    expect(kioskI18n.loading.get()).toBe(false);
    expect(messages.value().highContrast).toBe('High contrast');
    expect(messages.value().wait({ seconds: 20 })).toBe('Wait 20 seconds');
    messages.stop();
  });
});
