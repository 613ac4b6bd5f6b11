import { describe, expect, it } from 'vitest';
import { parseThemeModel } from '../../src/domain/themes/parse-theme-model';
import { suggestThemes } from '../../src/domain/themes/suggest-themes';
import { fitThemeModel } from './fit-theme-model';
import type { FeedbackExample } from './read-feedback-csv';
import { computeThemeMetrics } from './theme-metrics';
import { DEFAULT_TRAINING_SETTINGS, type TrainingSettings } from './training-settings';

const phrases = [
  ['The nurses were kind and caring', 'Staff manner & personal attributes', 1],
  ['Lovely friendly staff, so kind', 'Staff manner & personal attributes', 1],
  ['I waited hours to be seen', 'Timeliness of care', 5],
  ['Long wait in the department', 'Timeliness of care', 4],
  ['The food was cold and bland', 'Food & drink provision & facilities', 4],
  ['Hot tasty meals and tea', 'Food & drink provision & facilities', 2],
] as const;

/** Twelve respondents per phrase, each answering twice, plus two parking comments and empties. */
const examples: FeedbackExample[] = [
  ...Array.from({ length: 72 }, (_, index): FeedbackExample => {
    const [text, theme, sentiment] = phrases[index % phrases.length] as (typeof phrases)[number];
    return {
      id: `S ${Math.floor(index / 2)} - Q${(index % 2) + 1}`,
      group: `S ${Math.floor(index / 2)}`,
      text: `${text} ${['today', 'this time', 'again', 'on the ward'][index % 4]}`,
      context: {},
      sentiment,
      themes: [theme],
    };
  }),
  { id: 'P 1', group: 'P 1', text: 'No parking spaces', context: {}, sentiment: 4, themes: ['Parking'] },
  {
    id: 'E 1',
    group: 'E 1',
    text: 'Did not answer',
    context: {},
    sentiment: undefined,
    themes: ['Labelling not possible'],
  },
  {
    id: 'E 2',
    group: 'E 2',
    text: '',
    context: {},
    sentiment: undefined,
    themes: ['Labelling not possible'],
  },
];
const settings: TrainingSettings = { ...DEFAULT_TRAINING_SETTINGS, innerFolds: 3, maxWeightsPerOutput: 500 };

describe('fitThemeModel', () => {
  const fitted = fitThemeModel(examples, [], settings, 'test');

  it('writes an artefact the device parses, without "Labelling not possible" as a theme', () => {
    const parsed = parseThemeModel(JSON.parse(JSON.stringify(fitted.artefact)));
    if (!parsed.isOk) throw new Error(parsed.error);
    expect(parsed.value.themes.map((theme) => theme.name)).toEqual([
      'Staff manner & personal attributes',
      'Timeliness of care',
      'Food & drink provision & facilities',
      'Parking',
    ]);
    expect(suggestThemes(parsed.value, 'The nurses were kind').chosen).toEqual([
      'Staff manner & personal attributes',
    ]);
    expect(suggestThemes(parsed.value, 'cold food').sentiment).toBe('negative');
  });

  it('centres the score of a theme too rare to tune on its threshold', () => {
    const parking = fitted.artefact.themes.find((theme) => theme.name === 'Parking');
    expect(parking?.threshold).toBe(0);
    expect(parking?.intercept).toBeCloseTo(0);
    expect(parking?.slope).toBeGreaterThan(0);
  });

  it('reports out-of-fold figures that are high on easy data', () => {
    const metrics = computeThemeMetrics(fitted.outOfFold('framework'));
    expect(metrics.n).toBe(examples.length);
    expect(metrics.microF1).toBeGreaterThan(0.9);
    expect(metrics.sentimentAccuracy3).toBeGreaterThan(0.9);
  });

  it('gives the same artefact for the same data and seed', () => {
    expect(fitThemeModel(examples, [], settings, 'test').artefact).toEqual(fitted.artefact);
  });
});
