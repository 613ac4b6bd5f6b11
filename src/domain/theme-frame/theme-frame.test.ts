import { describe, expect, it } from 'vitest';
import { noteSchema } from '../notes/note';
import { DEFAULT_THEME_FRAME, findThemeByCode, findThemeByName, LABELLING_NOT_POSSIBLE } from './theme-frame';
import { themeCodeOf } from './theme-code-of';

describe('the QDC v7 frame', () => {
  it('has the 33 sub-categories in 10 categories, in the framework order', () => {
    expect(DEFAULT_THEME_FRAME).toHaveLength(33);
    expect(new Set(DEFAULT_THEME_FRAME.map((theme) => theme.category)).size).toBe(10);
    expect(DEFAULT_THEME_FRAME[0]).toMatchObject({
      code: 'positive-experience-gratitude',
      name: 'Positive experience & gratitude',
      category: 'General',
    });
    expect(DEFAULT_THEME_FRAME.at(-1)).toMatchObject({
      code: 'parking',
      category: 'Service location, travel & transport',
    });
  });

  it('gives each theme a unique code made from its name, which a note accepts', () => {
    const codes = DEFAULT_THEME_FRAME.map((theme) => theme.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const theme of DEFAULT_THEME_FRAME) expect(theme.code).toBe(themeCodeOf(theme.name));
    const themes = noteSchema.shape.themes.safeParse(codes.slice(0, 20));
    expect(themes.success).toBe(true);
  });

  it('keeps one short sentence of each definition', () => {
    for (const theme of DEFAULT_THEME_FRAME) {
      expect(theme.definition).toMatch(/^\S.*[.!?]$/);
      expect(theme.definition.length).toBeLessThan(400);
    }
  });
});

describe('findThemeByCode and findThemeByName', () => {
  it('find a theme by its code', () => {
    expect(findThemeByCode('staff-manner-personal-attributes')?.name).toBe(
      'Staff manner & personal attributes',
    );
    expect(findThemeByCode('gossip')).toBeUndefined();
  });

  it('find a theme by its name whatever the case, accents or punctuation', () => {
    expect(findThemeByName('Staff manner & personal attributes')?.code).toBe(
      'staff-manner-personal-attributes',
    );
    expect(findThemeByName('staff manner and personal attributes')?.code).toBe(
      'staff-manner-personal-attributes',
    );
    expect(findThemeByName('Interaction with family / carers')?.code).toBe('interaction-with-family-carers');
    expect(findThemeByName('Staff')).toBeUndefined();
  });

  it('find the sub-category of empty comments by its name', () => {
    expect(findThemeByName(LABELLING_NOT_POSSIBLE)?.code).toBe('labelling-not-possible');
  });
});
