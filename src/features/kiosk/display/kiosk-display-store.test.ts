import { afterEach, describe, expect, it } from 'vitest';
import { kioskDisplayClassName, resetKioskDisplay, useKioskDisplayStore } from './kiosk-display-store';

const state = () => {
  const { textSize, isHighContrast, isEasyRead } = useKioskDisplayStore.getState();
  return { textSize, isHighContrast, isEasyRead };
};

describe('kiosk display store', () => {
  afterEach(() => resetKioskDisplay());

  it('starts plain: standard text, normal contrast, no easy read', () => {
    expect(state()).toEqual({ textSize: 'standard', isHighContrast: false, isEasyRead: false });
  });

  it('changes each setting on its own', () => {
    useKioskDisplayStore.getState().setTextSize('largest');
    expect(state()).toEqual({ textSize: 'largest', isHighContrast: false, isEasyRead: false });
    useKioskDisplayStore.getState().setIsHighContrast(true);
    useKioskDisplayStore.getState().setIsEasyRead(true);
    expect(state()).toEqual({ textSize: 'largest', isHighContrast: true, isEasyRead: true });
    useKioskDisplayStore.getState().setIsHighContrast(false);
    expect(state().isHighContrast).toBe(false);
  });

  it('resets every setting for the next person and keeps the setters', () => {
    const { setTextSize, setIsHighContrast, setIsEasyRead } = useKioskDisplayStore.getState();
    setTextSize('large');
    setIsHighContrast(true);
    setIsEasyRead(true);
    resetKioskDisplay();
    expect(state()).toEqual({ textSize: 'standard', isHighContrast: false, isEasyRead: false });
    useKioskDisplayStore.getState().setTextSize('large');
    expect(state().textSize).toBe('large');
  });
});

describe('kioskDisplayClassName', () => {
  it('is only the root class by default', () => {
    expect(kioskDisplayClassName({ textSize: 'standard', isHighContrast: false, isEasyRead: false })).toBe(
      'app-kiosk',
    );
  });

  it('adds a modifier for each setting that is on', () => {
    expect(kioskDisplayClassName({ textSize: 'large', isHighContrast: false, isEasyRead: true })).toBe(
      'app-kiosk app-kiosk--text-large app-kiosk--easy-read',
    );
    expect(kioskDisplayClassName({ textSize: 'largest', isHighContrast: true, isEasyRead: false })).toBe(
      'app-kiosk app-kiosk--text-largest app-kiosk--high-contrast',
    );
  });
});
