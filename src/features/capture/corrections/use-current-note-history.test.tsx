// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createTestNotes } from '../testing/capture-test-notes';
import type { NoteCorrectionsApi } from './note-corrections-store';
import { useCurrentNoteHistory } from './use-current-note-history';

/** The real repository's corrections, with its history watches counted. */
function countedCorrections() {
  const notes = createTestNotes();
  const { saveCorrection, delete: deleteNote } = notes;
  if (!saveCorrection || !deleteNote || !notes.watchHistory) throw new Error('Corrections are not composed.');
  const watchHistory = vi.fn(notes.watchHistory);
  const api: NoteCorrectionsApi = { saveCorrection, delete: deleteNote, watchHistory };
  return { notes, api, watchHistory };
}

const draft = (text: string) => ({ text, kind: 'patient-comment' as const });

describe('useCurrentNoteHistory', () => {
  it('gives a first version its history alone, with no watch started', async () => {
    const { notes, api, watchHistory } = countedCorrections();
    const saved = await notes.save(draft('The ward was calm tonight'));
    if (!saved.isOk) throw new Error(saved.error);

    const { result } = renderHook(() => useCurrentNoteHistory(api, saved.value));

    expect(result.current?.versions).toEqual([saved.value]);
    expect(result.current?.currentId).toBe(saved.value.id);
    expect(result.current?.isDeleted).toBe(false);
    expect(watchHistory).not.toHaveBeenCalled();
  });

  it('watches a corrected note, whose earlier versions must be read', async () => {
    const { notes, api, watchHistory } = countedCorrections();
    const first = await notes.save(draft('Food was cold'));
    if (!first.isOk) throw new Error(first.error);
    const correction = await api.saveCorrection(first.value.id, draft('Food was cold at lunch'));
    if (!correction.isOk) throw new Error(correction.error);

    const { result } = renderHook(() => useCurrentNoteHistory(api, correction.value));

    await waitFor(() => expect(result.current?.versions).toHaveLength(2));
    expect(result.current?.currentId).toBe(correction.value.id);
    expect(watchHistory).toHaveBeenCalledTimes(1);
    expect(watchHistory.mock.calls[0]?.[0]).toBe(correction.value.id);
  });

  it('gives nothing where the corrections are not composed', async () => {
    const { notes } = countedCorrections();
    const saved = await notes.save(draft('Thank you card from bay 2'));
    if (!saved.isOk) throw new Error(saved.error);

    const { result } = renderHook(() => useCurrentNoteHistory(null, saved.value));

    expect(result.current).toBeUndefined();
  });
});
