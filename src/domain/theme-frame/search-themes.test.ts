import { describe, expect, it } from 'vitest';
import { searchThemes } from './search-themes';
import type { Theme } from './theme';
import { DEFAULT_THEME_FRAME } from './theme-frame';

const codes = (themes: readonly Theme[]) => themes.map((theme) => theme.code);

describe('searchThemes', () => {
  it('gives the whole frame, in order, for an empty or blank query', () => {
    expect(searchThemes('')).toEqual(DEFAULT_THEME_FRAME);
    expect(searchThemes('  ,  ')).toEqual(DEFAULT_THEME_FRAME);
  });

  it('finds a theme by a word of its name, ignoring case and accents', () => {
    expect(codes(searchThemes('PARKING'))[0]).toBe('parking');
    expect(codes(searchThemes('párking'))[0]).toBe('parking');
    expect(codes(searchThemes('food'))[0]).toBe('food-drink-provision-facilities');
  });

  it('matches the start of words, so a half-typed word already finds the theme', () => {
    expect(codes(searchThemes('clean'))[0]).toBe('cleanliness-tidiness-infection-control');
    expect(codes(searchThemes('disch'))[0]).toBe('discharge');
  });

  it('needs every word typed, and reads & as "and"', () => {
    expect(codes(searchThemes('food and drink'))).toEqual(['food-drink-provision-facilities']);
    expect(codes(searchThemes('food & drink'))).toEqual(['food-drink-provision-facilities']);
    expect(searchThemes('food parking')).toEqual([]);
  });

  it('finds themes by category and by definition, ranking name matches first', () => {
    const staff = codes(searchThemes('staff'));
    expect(staff.slice(0, 4)).toEqual([
      'staff-manner-personal-attributes',
      'staffing-levels-responsiveness',
      'staff-listening-understanding-involving-patients',
      'information-directly-from-staff-during-care',
    ]);
    expect(staff).toContain('competence-training');
    expect(codes(searchThemes('call bells'))).toEqual(['staffing-levels-responsiveness']);
    expect(codes(searchThemes('noise'))).toEqual(['sensory-experience']);
  });

  it('finds nothing for words that appear nowhere', () => {
    expect(searchThemes('zebra')).toEqual([]);
  });

  it('searches the frame it is given', () => {
    const frame: Theme[] = [
      { code: 'quiet-nights', name: 'Quiet nights', category: 'Ward', definition: 'Noise at night.' },
    ];
    expect(searchThemes('night', frame)).toEqual(frame);
    expect(searchThemes('parking', frame)).toEqual([]);
  });
});
