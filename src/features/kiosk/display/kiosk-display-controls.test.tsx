// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { resetKioskLanguage, setKioskLanguage } from '../i18n/kiosk-i18n';
import { KioskDisplayControls } from './kiosk-display-controls';
import { resetKioskDisplay, useKioskDisplayStore } from './kiosk-display-store';

describe('KioskDisplayControls', () => {
  afterEach(() => {
    act(() => {
      resetKioskDisplay();
      resetKioskLanguage();
    });
  });

  it('starts with easy read and high contrast off and standard text', () => {
    render(<KioskDisplayControls />);
    expect(screen.getByRole('button', { name: 'Easy read' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'High contrast' })).toHaveAttribute('aria-pressed', 'false');
    const textSize = screen.getByRole('radiogroup', { name: 'Text size' });
    expect(textSize).toBeInTheDocument();
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual([
      'standard',
      'large',
      'largest',
    ]);
    expect(screen.getByRole('radio', { name: 'Standard' })).toBeChecked();
  });

  it('toggles easy read and high contrast, and says so with aria-pressed', async () => {
    render(<KioskDisplayControls />);
    await userEvent.click(screen.getByRole('button', { name: 'Easy read' }));
    expect(screen.getByRole('button', { name: 'Easy read' })).toHaveAttribute('aria-pressed', 'true');
    expect(useKioskDisplayStore.getState().isEasyRead).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'High contrast' }));
    expect(screen.getByRole('button', { name: 'High contrast' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'High contrast' }));
    expect(screen.getByRole('button', { name: 'High contrast' })).toHaveAttribute('aria-pressed', 'false');
    expect(useKioskDisplayStore.getState().isHighContrast).toBe(false);
  });

  it('changes the text size by click and by arrow keys', async () => {
    render(<KioskDisplayControls />);
    await userEvent.click(screen.getByRole('radio', { name: 'Largest' }));
    expect(screen.getByRole('radio', { name: 'Largest' })).toBeChecked();
    expect(useKioskDisplayStore.getState().textSize).toBe('largest');

    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('radio', { name: 'Large' })).toBeChecked();
    expect(useKioskDisplayStore.getState().textSize).toBe('large');
  });

  it('shows what the store holds after a reset', async () => {
    render(<KioskDisplayControls />);
    await userEvent.click(screen.getByRole('button', { name: 'Easy read' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Large' }));
    act(() => resetKioskDisplay());
    expect(screen.getByRole('button', { name: 'Easy read' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('radio', { name: 'Standard' })).toBeChecked();
  });

  it('is labelled in the chosen language', async () => {
    render(<KioskDisplayControls />);
    act(() => setKioskLanguage('cy'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Hawdd ei ddeall' })).toBeInTheDocument());
    expect(screen.getByRole('radiogroup', { name: 'Maint y testun' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Mwyaf' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cyferbyniad uchel' })).toBeInTheDocument();
  });
});
