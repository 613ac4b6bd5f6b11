// The kiosk's words as a person reads them, in each of its languages. English is the contract
// (/work/notes/kiosk-contract.md: tests and code both use exactly these names), written out here
// rather than imported from the app, so a changed label fails a test instead of moving with it.
// Other languages come from the app's own catalogues (src/features/kiosk/i18n/locales/<code>.json),
// which is how a test finds "Staff" in Polish without hard-coding a translation.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FFT_QUESTION = 'Overall, how was your experience of our service?';

/** The six FFT answers, in the order NHS England asks them. */
export const FFT_ANSWERS = [
  'Very good',
  'Good',
  'Neither good nor poor',
  'Poor',
  'Very poor',
  "Don't know",
] as const;

export type FftAnswer = (typeof FFT_ANSWERS)[number];

export const RESPONDENTS = ['Patient', 'Carer or relative', 'Visitor', 'Prefer not to say'] as const;

export type Respondent = (typeof RESPONDENTS)[number];

export const ASSISTANTS = ['No', 'Staff', 'Carer or relative', 'Interpreter'] as const;

export type Assistant = (typeof ASSISTANTS)[number];

/** Each language's code and its name in its own script, in the order the "Language" select lists them. */
export const KIOSK_LANGUAGES = [
  { code: 'en', name: 'English', direction: 'ltr' },
  { code: 'cy', name: 'Cymraeg', direction: 'ltr' },
  { code: 'pl', name: 'Polski', direction: 'ltr' },
  { code: 'ro', name: 'Română', direction: 'ltr' },
  { code: 'bn', name: 'বাংলা', direction: 'ltr' },
  { code: 'ur', name: 'اردو', direction: 'rtl' },
  { code: 'ar', name: 'العربية', direction: 'rtl' },
] as const;

export type KioskLanguageCode = (typeof KIOSK_LANGUAGES)[number]['code'];

/**
 * English names the tests look things up by, under the keys of the app's catalogues
 * (component `kiosk` in src/features/kiosk/kiosk-messages.ts, `kioskDisplay` for the settings
 * that src/features/kiosk/display draws).
 */
export const ENGLISH = {
  kiosk: {
    settingsLabel: 'Kiosk settings',
    staff: 'Staff',
    question: FFT_QUESTION,
    answerVeryGood: 'Very good',
    whatWasGood: 'What was good?',
    whatCouldBeBetter: 'What could we do better?',
    whoIsAnswering: 'Who is answering?',
    didAnyoneHelp: 'Did anyone help you answer?',
    send: 'Send feedback',
    thankYou: 'Thank you',
    startAgain: 'Start again',
    stillThere: 'Still there?',
    stillHere: "I'm still here",
    staffPin: 'Staff PIN',
    unlock: 'Unlock',
    backToFeedback: 'Back to feedback',
  },
  kioskDisplay: {
    language: 'Language',
    easyRead: 'Easy read',
    textSize: 'Text size',
    textSizeStandard: 'Standard',
    textSizeLarge: 'Large',
    textSizeLargest: 'Largest',
    highContrast: 'High contrast',
  },
} as const;

export type KioskComponent = keyof typeof ENGLISH;

const localesDirectory = fileURLToPath(new URL('../../../src/features/kiosk/i18n/locales/', import.meta.url));

const catalogues = new Map<string, Record<string, Record<string, unknown>>>();

const catalogueOf = (code: Exclude<KioskLanguageCode, 'en'>) => {
  const cached = catalogues.get(code);
  if (cached !== undefined) return cached;
  const parsed = JSON.parse(readFileSync(`${localesDirectory}${code}.json`, 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;
  catalogues.set(code, parsed);
  return parsed;
};

/** What the kiosk shows for `key` of `component` in language `code`. */
export function kioskText<Component extends KioskComponent>(
  code: KioskLanguageCode,
  component: Component,
  key: keyof (typeof ENGLISH)[Component],
): string {
  const english = ENGLISH[component][key] as string;
  if (code === 'en') return english;
  const translated = catalogueOf(code)[component]?.[key as string];
  if (typeof translated !== 'string' || translated === '') {
    throw new Error(`locales/${code}.json has no "${component}.${String(key)}" (English "${english}")`);
  }
  return translated;
}

/** The kiosk's words in one language: `words('pl').kiosk('staff')`. */
export const kioskWords = (code: KioskLanguageCode) => ({
  kiosk: (key: keyof (typeof ENGLISH)['kiosk']) => kioskText(code, 'kiosk', key),
  display: (key: keyof (typeof ENGLISH)['kioskDisplay']) => kioskText(code, 'kioskDisplay', key),
});

export type KioskWords = ReturnType<typeof kioskWords>;
