// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { resetKioskLanguage } from './kiosk-i18n';
import { LanguageControl } from './language-control';

describe('LanguageControl', () => {
  afterEach(() => act(() => resetKioskLanguage()));

  it('offers every language by its own name, marked with its language', () => {
    render(<LanguageControl />);
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(select).toHaveValue('en');
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'English',
      'Cymraeg',
      'Polski',
      'Română',
      'বাংলা',
      'اردو',
      'العربية',
    ]);
    expect(options.map((option) => option.getAttribute('lang'))).toEqual([
      'en',
      'cy',
      'pl',
      'ro',
      'bn',
      'ur',
      'ar',
    ]);
    expect(screen.getByRole('option', { name: 'العربية' })).toHaveAttribute('dir', 'rtl');
  });

  it('switches to Arabic: the label adds its word, and the page reads right to left', async () => {
    render(<LanguageControl />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ar');

    expect(await screen.findByRole('combobox', { name: 'Language / اللغة' })).toHaveValue('ar');
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'ar'));
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });

  it('goes back to English and left to right on reset', async () => {
    render(<LanguageControl />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'cy');
    expect(await screen.findByRole('combobox', { name: 'Language / Iaith' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');

    act(() => resetKioskLanguage());
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
  });

  it('puts back the page language when the kiosk goes away', async () => {
    document.documentElement.lang = 'en-GB';
    const { unmount } = render(<LanguageControl />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ur');
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));

    unmount();
    expect(document.documentElement).toHaveAttribute('lang', 'en-GB');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });
});
