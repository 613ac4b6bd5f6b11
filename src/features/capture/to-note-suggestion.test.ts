import { describe, expect, it } from 'vitest';
import type { ThemeSuggestion } from '../../domain/themes/suggest-themes';
import { createThemeSuggester } from './theme-suggester';
import { toNoteSuggestion } from './to-note-suggestion';

const suggest = createThemeSuggester();
if (suggest === null) throw new Error('the committed theme model does not parse');

const suggestion = (chosen: string[], sentiment: ThemeSuggestion['sentiment']): ThemeSuggestion => ({
  isSubstantive: true,
  themes: [],
  chosen,
  sentiment,
});

describe('toNoteSuggestion', () => {
  it('maps chosen theme names onto the frame’s codes, dropping the Not assigned bin and unknown names', () => {
    expect(
      toNoteSuggestion(
        suggestion(['Parking', 'Not assigned', 'Gossip', 'Interaction with family/ carers'], 'negative'),
      ),
    ).toEqual({ sentiment: 'negative', themeCodes: ['parking', 'interaction-with-family-carers'] });
  });

  it('suggests Mixed for the model’s mixed-or-neutral class', () => {
    expect(toNoteSuggestion(suggestion([], 'mixed-or-neutral')).sentiment).toBe('mixed');
  });

  it('suggests nothing for text that is not substantive', () => {
    expect(toNoteSuggestion({ isSubstantive: false, themes: [], chosen: [], sentiment: null })).toEqual({
      sentiment: null,
      themeCodes: [],
    });
  });
});

describe('the on-device suggester', () => {
  it('suggests what anyone would for obvious notes', () => {
    expect(suggest('The food was cold')).toEqual({
      sentiment: 'negative',
      themeCodes: expect.arrayContaining(['food-drink-provision-facilities']),
    });
    expect(suggest('The nurses were so kind and caring')).toMatchObject({
      sentiment: 'positive',
      themeCodes: expect.arrayContaining(['staff-manner-personal-attributes']),
    });
    expect(suggest('Did not answer')).toEqual({ sentiment: null, themeCodes: [] });
  });

  it('takes well under 5 ms of processor time per note, so it can run as they type', () => {
    const notes = [
      'Relative said the staff were lovely but the ward was noisy at night',
      'Asked again about parking for visitors',
      'Patient said the nurse explained the discharge plan clearly',
      'Call bell took twenty minutes to be answered overnight',
    ];
    const runs = 200;
    // Processor time of this process, not wall time: other work on the machine does not count.
    const before = process.cpuUsage();
    for (let run = 0; run < runs; run += 1) suggest(`${notes[run % notes.length]} ${run}`);
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1000 / runs).toBeLessThan(5);
  });
});
