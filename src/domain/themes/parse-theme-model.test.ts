import { describe, expect, it } from 'vitest';
import { encodeBase64 } from './packed-integers';
import { parseThemeModel } from './parse-theme-model';
import { makeTestArtefact } from './testing/make-test-artefact';

describe('parseThemeModel', () => {
  it('unpacks buckets and int8 weights into one row per bucket', () => {
    const parsed = parseThemeModel(makeTestArtefact());
    if (!parsed.isOk) throw new Error(parsed.error);
    const model = parsed.value;
    expect(model.rowOfBucket.size).toBe(5);
    expect(model.outputCount).toBe(5);
    expect(model.themes.map((theme) => theme.code)).toEqual([
      'food-drink-provision-facilities',
      'sensory-experience',
    ]);
    expect(model.sentiments).toEqual(['positive', 'mixed-or-neutral', 'negative']);
    let nonZero = 0;
    for (const weight of model.weights) if (weight !== 0) nonZero += 1;
    expect(nonZero).toBe(6);
    expect(Array.from(model.biases)).toEqual([-4, -4, 0, 0.5, 0]);
  });

  it('refuses another format, unknown fields and a missing part', () => {
    const artefact = makeTestArtefact();
    expect(parseThemeModel({ ...artefact, formatVersion: 2 }).isOk).toBe(false);
    expect(parseThemeModel({ ...artefact, extra: true }).isOk).toBe(false);
    const { themes: _themes, ...withoutThemes } = artefact;
    const missing = parseThemeModel(withoutThemes);
    expect(missing).toEqual({ isOk: false, error: expect.stringContaining('themes') });
  });

  it('refuses damaged weights or buckets', () => {
    const artefact = makeTestArtefact();
    const [food, noise] = artefact.themes;
    if (food === undefined || noise === undefined) throw new Error('the test artefact has two themes');
    const pointingPastTheEnd = encodeBase64(Uint8Array.from([9, 1]));
    expect(
      parseThemeModel({ ...artefact, themes: [{ ...food, weights: pointingPastTheEnd }, noise] }),
    ).toEqual({
      isOk: false,
      error: 'The theme model is not valid: the weights of output 1 are damaged.',
    });
    expect(parseThemeModel({ ...artefact, themes: [food, { ...noise, weights: 'not base64!' }] }).isOk).toBe(
      false,
    );
    expect(parseThemeModel({ ...artefact, buckets: encodeBase64(Uint8Array.from([200])) }).isOk).toBe(false);
    expect(
      parseThemeModel({ ...artefact, buckets: encodeBase64(Uint8Array.from([255, 255, 255, 255, 15])) }).isOk,
    ).toBe(false);
  });
});
