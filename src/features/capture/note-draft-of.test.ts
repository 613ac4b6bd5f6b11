import { describe, expect, it } from 'vitest';
import { useCaptureStore } from './capture-store';
import { noteDraftOf } from './note-draft-of';

const blank = useCaptureStore.getInitialState();
const remembered = { kind: 'compliment' as const, role: 'Nurse' };

describe('noteDraftOf', () => {
  it('takes the remembered kind and role, and the suggested sentiment and themes, when none was changed', () => {
    const state = {
      ...blank,
      text: 'Lovely food',
      suggestion: { sentiment: 'positive' as const, themeCodes: ['food-drink-provision-facilities'] },
    };
    expect(noteDraftOf(state, remembered, [])).toEqual({
      text: 'Lovely food',
      kind: 'compliment',
      sentiment: 'positive',
      themes: ['food-drink-provision-facilities'],
      isUrgent: false,
      hasConsentToShare: false,
      area: null,
      capturedByRole: 'Nurse',
      identifierReasons: [],
    });
  });

  it('prefers what was chosen by hand, including no role at all', () => {
    const state = {
      ...blank,
      text: 'Cold food',
      kind: 'concern' as const,
      role: null,
      sentiment: 'negative' as const,
      suggestion: { sentiment: 'positive' as const, themeCodes: ['food-drink-provision-facilities'] },
      removedThemeCodes: ['food-drink-provision-facilities'],
      addedThemeCodes: ['parking'],
      isUrgent: true,
      hasConsentToShare: true,
      area: 'bay' as const,
    };
    expect(noteDraftOf(state, remembered, [])).toMatchObject({
      kind: 'concern',
      capturedByRole: null,
      sentiment: 'negative',
      themes: ['parking'],
      isUrgent: true,
      hasConsentToShare: true,
      area: 'bay',
    });
  });
});
