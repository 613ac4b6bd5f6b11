import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createUuidV7 } from '../shared/ids';
import { createNote, type Note } from './note';
import { createNoteDeletion, type NoteDeletion } from './note-deletion';
import { buildNoteHistory, retiredNoteIdsOf } from './note-versions';

const deviceId = createUuidV7(Date.UTC(2025, 0, 1), new Uint8Array(10).fill(2));
const start = Date.UTC(2025, 0, 31, 9, 0);

/**
 * Notes made by several tablets offline: each is a new note or a correction of any earlier one (so
 * forks happen), with a device clock that may run behind; and tombstones of some of them.
 */
const scenarioArbitrary = fc
  .array(
    fc.record({
      minutes: fc.integer({ min: 0, max: 600 }),
      random: fc.uint8Array({ minLength: 10, maxLength: 10 }),
      target: fc.option(fc.nat(), { nil: undefined }),
      isDeleted: fc.boolean(),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((steps) => {
    const notes: Note[] = [];
    const deletions: NoteDeletion[] = [];
    for (const [index, step] of steps.entries()) {
      const now = new Date(start + step.minutes * 60_000);
      const random = Uint8Array.from(step.random);
      random[0] = index; // distinct ids, whatever the random bytes
      const target =
        step.target === undefined || notes.length === 0 ? undefined : notes[step.target % notes.length];
      const made = createNote(
        { text: `Version ${index}` },
        { id: createUuidV7(now.getTime(), random), wardId: 'ward-7b', deviceId, now, supersedes: target?.id },
      );
      if (!made.isOk) throw new Error(made.error);
      notes.push(made.value);
      if (step.isDeleted && index % 4 === 0) {
        const deletion = createNoteDeletion(
          { noteId: made.value.id, reason: 'Duplicate' },
          { id: createUuidV7(now.getTime() + 1, random), wardId: 'ward-7b', deviceId, now },
        );
        if (!deletion.isOk) throw new Error(deletion.error);
        deletions.push(deletion.value);
      }
    }
    return { notes, deletions };
  });

const shuffled = <Item>(items: readonly Item[], seed: number): Item[] =>
  items
    .map((item, index) => ({ item, key: (index * 7919 + seed * 104_729) % 1_000_003 }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);

describe('note versions (property)', () => {
  it('NOTE-4: every tablet builds the same history whatever order the records arrive in', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.nat(), ({ notes, deletions }, seed) => {
        for (const note of notes) {
          expect(buildNoteHistory(note.id, shuffled(notes, seed), shuffled(deletions, seed + 1))).toEqual(
            buildNoteHistory(note.id, notes, deletions),
          );
        }
        const deletedIds = deletions.map((deletion) => deletion.noteId);
        expect(retiredNoteIdsOf(shuffled(notes, seed), shuffled(deletedIds, seed))).toEqual(
          retiredNoteIdsOf(notes, deletedIds),
        );
      }),
    );
  });

  it('NOTE-4: no version is lost: each history holds every version linked to the note, forks included', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ notes, deletions }) => {
        for (const note of notes) {
          const history = buildNoteHistory(note.id, notes, deletions);
          expect(history.versions.map((version) => version.id)).toContain(note.id);
          for (const version of history.versions) {
            expect(buildNoteHistory(version.id, notes, deletions).versions).toEqual(history.versions);
          }
          const linked = notes.filter(
            (other) => other.supersedes === note.id || note.supersedes === other.id,
          );
          for (const other of linked) expect(history.versions).toContain(other);
        }
      }),
    );
  });

  it('NOTE-1, NOTE-2: each note not deleted has exactly one current version, never superseded; the retired ids are all the rest', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ notes, deletions }) => {
        const retired = retiredNoteIdsOf(
          notes,
          deletions.map((deletion) => deletion.noteId),
        );
        const supersededIds = new Set(notes.map((note) => note.supersedes));
        for (const note of notes) {
          const history = buildNoteHistory(note.id, notes, deletions);
          const isCurrent = !history.isDeleted && history.currentId === note.id;
          expect(retired.has(note.id)).toBe(!isCurrent);
          if (history.currentId !== null) expect(supersededIds.has(history.currentId)).toBe(false);
          const currents = history.versions.filter((version) => !retired.has(version.id));
          expect(currents.length).toBe(history.isDeleted ? 0 : 1);
        }
      }),
    );
  });
});
