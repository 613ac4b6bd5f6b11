/**
 * The committed artefact (`npm run themes:train` writes it): it must parse, stay small enough to
 * ship, and suggest what anyone would for obvious sentences. These can fail after retraining.
 */
import { describe, expect, it } from 'vitest';
import artefactText from './theme-model.json?raw';
import { parseThemeModel } from './parse-theme-model';
import { suggestThemes } from './suggest-themes';

const MAX_GZIP_BYTES = 300 * 1024;

const gzipSize = async (text: string): Promise<number> => {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
};

const parsed = parseThemeModel(JSON.parse(artefactText));
if (!parsed.isOk) throw new Error(parsed.error);
const model = parsed.value;

describe('the committed theme model', () => {
  it('parses and knows the QDC sub-categories, with codes', () => {
    expect(model.themes.length).toBeGreaterThanOrEqual(30);
    expect(model.themes.map((theme) => theme.name)).toContain('Staff manner & personal attributes');
    expect(model.themes.map((theme) => theme.name)).not.toContain('Labelling not possible');
  });

  it(`is at most ${MAX_GZIP_BYTES / 1024} KB gzip`, async () => {
    expect(await gzipSize(artefactText)).toBeLessThanOrEqual(MAX_GZIP_BYTES);
  });

  it('suggests staff manner and a positive sentiment for kind nurses', () => {
    const suggestion = suggestThemes(model, 'The nurses were so kind and caring');
    expect(suggestion.chosen).toContain('Staff manner & personal attributes');
    expect(suggestion.themes[0]?.name).toBe('Staff manner & personal attributes');
    expect(suggestion.sentiment).toBe('positive');
  });

  it('suggests timeliness and a negative sentiment for a long wait', () => {
    const suggestion = suggestThemes(model, 'I waited four hours to be seen');
    expect(suggestion.chosen).toContain('Timeliness of care');
    expect(suggestion.sentiment).toBe('negative');
  });

  it('suggests food for a comment about cold food, and nothing beyond a few themes', () => {
    const suggestion = suggestThemes(model, 'The food was cold and there was no choice for vegetarians');
    expect(suggestion.chosen).toContain('Food & drink provision & facilities');
    expect(suggestion.chosen.length).toBeLessThanOrEqual(3);
    expect(suggestion.sentiment).toBe('negative');
  });

  it('suggests and ranks first a theme with a single example in the data, Parking', () => {
    const suggestion = suggestThemes(model, 'There was no parking anywhere near the hospital');
    expect(suggestion.themes[0]?.name).toBe('Parking');
    expect(suggestion.chosen).toContain('Parking');
  });

  it('reads "Nothing" by the question it answers, when the kiosk knows it', () => {
    expect(suggestThemes(model, 'Nothing', { question: 'what-could-be-better' })).toMatchObject({
      chosen: ['Positive experience & gratitude'],
      sentiment: 'positive',
    });
    expect(suggestThemes(model, 'Nothing', { question: 'what-was-good' }).sentiment).toBe('negative');
  });

  it('suggests nothing for an empty answer', () => {
    expect(suggestThemes(model, 'Did not answer').isSubstantive).toBe(false);
  });
});
