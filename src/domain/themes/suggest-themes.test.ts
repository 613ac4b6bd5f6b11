import { describe, expect, it } from 'vitest';
import { parseThemeModel } from './parse-theme-model';
import { rankThemes, suggestThemes } from './suggest-themes';
import { makeTestArtefact } from './testing/make-test-artefact';

const parsed = parseThemeModel(makeTestArtefact());
if (!parsed.isOk) throw new Error(parsed.error);
const model = parsed.value;
const FOOD = 'Food & drink provision & facilities';
const NOISE = 'Sensory experience';

describe('suggestThemes', () => {
  it('chooses themes above their own threshold and ranks every theme by probability', () => {
    const suggestion = suggestThemes(model, 'The food was cold');
    expect(suggestion.isSubstantive).toBe(true);
    expect(suggestion.chosen).toEqual([FOOD]);
    expect(suggestion.themes.map((theme) => theme.name)).toEqual([FOOD, NOISE]);
    // Food: −4 + 0.1 · 100 · ½ = 1, so a probability of 1 / (1 + e^−1).
    expect(suggestion.themes[0]?.score).toBeCloseTo(1 / (1 + Math.exp(-1)));
    expect(suggestion.themes[0]).toMatchObject({ code: 'food-drink-provision-facilities', isChosen: true });
    expect(suggestion.sentiment).toBe('negative');
  });

  it('holds a theme to its own threshold, yet chooses the most likely theme when none passes', () => {
    // Sensory experience: −4 + 0.1 · 100 / √3 ≈ 1.77, under its threshold of 2 but the most likely.
    const suggestion = suggestThemes(model, 'tea and noisy');
    expect(suggestion.themes.map((theme) => theme.name)).toEqual([NOISE, FOOD]);
    expect(suggestion.chosen).toEqual([NOISE]);
  });

  it('chooses several themes when several pass', () => {
    expect(suggestThemes(model, 'Tea, noisy').chosen).toEqual([NOISE, FOOD]);
  });

  it('suggests nothing, not even a sentiment, for text with no words', () => {
    for (const text of ['', '  ', '?!', 'Did not answer']) {
      expect(suggestThemes(model, text)).toEqual({
        isSubstantive: false,
        themes: [],
        chosen: [],
        sentiment: null,
      });
    }
  });

  it('falls back to the sentiment bias when no word is known', () => {
    expect(suggestThemes(model, 'Nothing').sentiment).toBe('mixed-or-neutral');
    expect(suggestThemes(model, 'Lovely').sentiment).toBe('positive');
  });

  it('ignores context the model was not trained with', () => {
    expect(suggestThemes(model, 'Tea', { question: 'what-was-good', rating: 1 })).toEqual(
      suggestThemes(model, 'Tea'),
    );
  });
});

describe('rankThemes', () => {
  it('does not choose an unlikely theme even above its threshold, unless it is the most likely', () => {
    const themes = [
      { name: 'A', code: 'a', threshold: -3, slope: 1, intercept: 0 },
      { name: 'B', code: 'b', threshold: 0, slope: 1, intercept: 0 },
    ];
    // A: margin −2 passes its threshold of −3 but has a probability of 0.12.
    expect(rankThemes(themes, [-2, 1], 0.2).map((theme) => [theme.name, theme.isChosen])).toEqual([
      ['B', true],
      ['A', false],
    ]);
    expect(rankThemes(themes, [-2, 1], 0).map((theme) => theme.isChosen)).toEqual([true, true]);
    expect(rankThemes(themes, [-2, -5], 0.2).map((theme) => [theme.name, theme.isChosen])).toEqual([
      ['A', true],
      ['B', false],
    ]);
  });

  it('ranks by Platt-scaled margin, not by margin alone', () => {
    const themes = [
      { name: 'A', code: 'a', threshold: 0, slope: 0.1, intercept: 0 },
      { name: 'B', code: 'b', threshold: 5, slope: 1, intercept: 0 },
    ];
    const ranked = rankThemes(themes, [3, 1], 0);
    expect(ranked.map((theme) => [theme.name, theme.isChosen])).toEqual([
      ['B', false],
      ['A', true],
    ]);
  });
});
