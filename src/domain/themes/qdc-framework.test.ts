import { describe, expect, it } from 'vitest';
import { LABELLING_NOT_POSSIBLE, QDC_FRAMEWORK_V7, QDC_SUBCATEGORIES, toThemeCode } from './qdc-framework';

describe('QDC framework v7', () => {
  it('has 10 categories and 33 distinct sub-categories with distinct codes', () => {
    expect(QDC_FRAMEWORK_V7).toHaveLength(10);
    expect(new Set(QDC_SUBCATEGORIES).size).toBe(33);
    expect(new Set(QDC_SUBCATEGORIES.map(toThemeCode)).size).toBe(33);
    expect(QDC_SUBCATEGORIES).toContain(LABELLING_NOT_POSSIBLE);
  });

  it('makes kebab-case codes that a note accepts', () => {
    expect(toThemeCode('Staff manner & personal attributes')).toBe('staff-manner-personal-attributes');
    expect(toThemeCode('Transport to/ from services')).toBe('transport-to-from-services');
    expect(toThemeCode('Food & drink provision & facilities')).toBe('food-drink-provision-facilities');
    for (const name of QDC_SUBCATEGORIES) expect(toThemeCode(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
