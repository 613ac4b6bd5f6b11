import { create } from 'zustand';

/** The kiosk's text sizes, smallest first (the root font size scales: 100%, 125%, 150%). */
export const KIOSK_TEXT_SIZES = ['standard', 'large', 'largest'] as const;

export type KioskTextSize = (typeof KIOSK_TEXT_SIZES)[number];

export type KioskDisplayState = {
  textSize: KioskTextSize;
  isHighContrast: boolean;
  /** Easy read: a picture beside each answer and short sentences under the standard wording. */
  isEasyRead: boolean;
};

type KioskDisplayStore = KioskDisplayState & {
  setTextSize: (textSize: KioskTextSize) => void;
  setIsHighContrast: (isHighContrast: boolean) => void;
  setIsEasyRead: (isEasyRead: boolean) => void;
};

const KIOSK_DISPLAY_DEFAULTS: KioskDisplayState = {
  textSize: 'standard',
  isHighContrast: false,
  isEasyRead: false,
};

/** How the kiosk looks for the person using it now; never stored, so a reload starts plain. */
export const useKioskDisplayStore = create<KioskDisplayStore>()((set) => ({
  ...KIOSK_DISPLAY_DEFAULTS,
  setTextSize: (textSize) => set({ textSize }),
  setIsHighContrast: (isHighContrast) => set({ isHighContrast }),
  setIsEasyRead: (isEasyRead) => set({ isEasyRead }),
}));

/** Back to the defaults: every kiosk reset calls this so the next person starts clean. */
export function resetKioskDisplay(): void {
  useKioskDisplayStore.setState(KIOSK_DISPLAY_DEFAULTS);
}

/**
 * The classes for the kiosk's root element, which src/styles/_kiosk.scss keys on:
 * `app-kiosk` always, plus `app-kiosk--text-large|largest`, `app-kiosk--high-contrast`
 * and `app-kiosk--easy-read`.
 */
export function kioskDisplayClassName({ textSize, isHighContrast, isEasyRead }: KioskDisplayState): string {
  return [
    'app-kiosk',
    textSize !== 'standard' && `app-kiosk--text-${textSize}`,
    isHighContrast && 'app-kiosk--high-contrast',
    isEasyRead && 'app-kiosk--easy-read',
  ]
    .filter(Boolean)
    .join(' ');
}
