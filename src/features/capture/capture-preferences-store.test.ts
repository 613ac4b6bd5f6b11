// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { useCapturePreferencesStore } from './capture-preferences-store';

const storageKey = 'wardside.capture-preferences';

const reload = () => useCapturePreferencesStore.persist.rehydrate();

describe('useCapturePreferencesStore', () => {
  beforeEach(() => {
    useCapturePreferencesStore.setState(useCapturePreferencesStore.getInitialState(), true);
    localStorage.clear();
  });

  it('starts on a staff observation with no role', () => {
    expect(useCapturePreferencesStore.getState()).toMatchObject({ kind: 'staff-observation', role: null });
  });

  it('reads what this tablet stored when it starts', async () => {
    localStorage.setItem(
      storageKey,
      JSON.stringify({ state: { kind: 'compliment', role: 'Nurse' }, version: 1 }),
    );
    await reload();
    expect(useCapturePreferencesStore.getState()).toMatchObject({ kind: 'compliment', role: 'Nurse' });
  });

  it('falls back to the defaults for anything stored that is not a kind or a role it offers', async () => {
    localStorage.setItem(
      storageKey,
      JSON.stringify({ state: { kind: 'gossip', role: 'Dr Jane Smith' }, version: 1 }),
    );
    await reload();
    expect(useCapturePreferencesStore.getState()).toMatchObject({ kind: 'staff-observation', role: null });
  });

  it('stores only the kind and the role', () => {
    useCapturePreferencesStore.getState().remember({ kind: 'concern', role: 'HCA' });
    expect(JSON.parse(localStorage.getItem(storageKey) ?? '')).toEqual({
      state: { kind: 'concern', role: 'HCA' },
      version: 1,
    });
  });
});
