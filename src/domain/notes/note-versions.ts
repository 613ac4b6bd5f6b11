/**
 * A note's versions: the first note, the corrections that supersede it (and each other), and the
 * tombstones that delete it. Nothing is ever changed or removed, so "which version counts" is worked
 * out here, the same way on every device, from the records alone (SPEC NOTE-1 to NOTE-5):
 *
 * - The versions linked by `supersedes` form one **chain**. Two tablets correcting the same version
 *   offline make a fork: both corrections are kept and shown.
 * - The **current** version is the chain's newest version that no other version supersedes, by id.
 *   Ids are UUIDv7, ordered by the writing device's clock and then at random, and never change,
 *   whereas `createdAt` may be clamped by the server after the fact (CLOCK-2); so every device picks
 *   the same current version before and after it pulls the server's copies, from index keys alone.
 * - A tombstone of any version deletes the whole chain: nothing of it is current. A delete and an
 *   edit made at the same time on two tablets therefore end deleted, the safe side for the ward's counts.
 */
import type { NoteDeletion } from './note-deletion';
import type { Note } from './note';

/** How long after a note was first captured it can still be edited: 24 hours. */
export const NOTE_EDIT_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The link from a version to the version it corrects; `supersedes` is `null` for a first note. */
export type NoteVersionLink = { readonly id: string; readonly supersedes: string | null };

/** Everything known of one note: its versions, which one is current, and whether it was deleted. */
export type NoteHistory = {
  /** Every version held, newest `createdAt` first (ties by id, newest first). */
  versions: Note[];
  /**
   * The id of the version that counts; when the note is deleted, the version that counted until
   * then. `null` only if no version is held.
   */
  currentId: string | null;
  /** The note's tombstones, newest first; usually none or one. */
  deletions: NoteDeletion[];
  isDeleted: boolean;
};

const byIdDescending = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);

const newestFirst = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }): number =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : byIdDescending(a.id, b.id);

/** Disjoint sets of ids joined along `supersedes` links (union-find with path halving). */
const createChains = () => {
  const parents = new Map<string, string>();
  const find = (id: string): string => {
    let node = id;
    for (;;) {
      const parent = parents.get(node);
      if (parent === undefined) {
        parents.set(node, node);
        return node;
      }
      if (parent === node) return node;
      const grandparent = parents.get(parent) ?? parent;
      parents.set(node, grandparent);
      node = grandparent;
    }
  };
  const join = (a: string, b: string): void => {
    const rootA = find(a);
    const rootB = find(b);
    // The smaller id becomes the root, so the result does not depend on the order links come in.
    if (rootA !== rootB) {
      if (rootA < rootB) parents.set(rootB, rootA);
      else parents.set(rootA, rootB);
    }
  };
  const groups = (): Map<string, string[]> => {
    const grouped = new Map<string, string[]>();
    for (const id of parents.keys()) {
      const root = find(id);
      const members = grouped.get(root) ?? [];
      members.push(id);
      grouped.set(root, members);
    }
    return grouped;
  };
  return { find, join, groups };
};

/** The current version of a chain's members: the greatest id that nothing supersedes. */
const currentOf = (members: readonly string[], supersededIds: ReadonlySet<string>): string | null => {
  let current: string | null = null;
  for (const id of members) {
    if (!supersededIds.has(id) && (current === null || id > current)) current = id;
  }
  return current;
};

/**
 * The ids of notes that are not current: superseded versions, versions that lost a fork, and every
 * version of a deleted note. `links` needs only the corrections (a note nothing corrects is its own
 * chain); `deletedNoteIds` are the `noteId`s of tombstones. Ids that only appear as targets (a note
 * not held) are included too, which is harmless to a caller filtering the notes it holds.
 */
export const retiredNoteIdsOf = (
  links: Iterable<NoteVersionLink>,
  deletedNoteIds: Iterable<string>,
): Set<string> => {
  const chains = createChains();
  const supersededIds = new Set<string>();
  for (const { id, supersedes } of links) {
    chains.find(id);
    if (supersedes !== null) {
      supersededIds.add(supersedes);
      chains.join(id, supersedes);
    }
  }
  const deletedRoots = new Set<string>();
  for (const id of deletedNoteIds) deletedRoots.add(chains.find(id));
  const retired = new Set<string>();
  for (const [root, members] of chains.groups()) {
    const current = deletedRoots.has(root) ? null : currentOf(members, supersededIds);
    for (const id of members) if (id !== current) retired.add(id);
  }
  return retired;
};

/**
 * The history of the note that `noteId` is a version of, from any set of notes and tombstones that
 * includes its chain (others are ignored). The answer does not depend on the order they are given in.
 */
export const buildNoteHistory = (
  noteId: string,
  notes: readonly Note[],
  deletions: readonly NoteDeletion[],
): NoteHistory => {
  const chains = createChains();
  chains.find(noteId);
  for (const note of notes) {
    chains.find(note.id);
    if (note.supersedes !== null) chains.join(note.id, note.supersedes);
  }
  const root = chains.find(noteId);
  const versions = [...new Map(notes.map((note) => [note.id, note])).values()]
    .filter((note) => chains.find(note.id) === root)
    .sort(newestFirst);
  const supersededIds = new Set(
    versions.flatMap((note) => (note.supersedes === null ? [] : [note.supersedes])),
  );
  const chainDeletions = deletions
    .filter((deletion) => chains.find(deletion.noteId) === root)
    .sort(newestFirst);
  return {
    versions,
    currentId: currentOf(
      versions.map((note) => note.id),
      supersededIds,
    ),
    deletions: chainDeletions,
    isDeleted: chainDeletions.length > 0,
  };
};

/**
 * When version `noteId` stops being editable, in milliseconds since the epoch: 24 hours after the
 * note was first captured (the first version held), so an edit does not restart the window:
 * corrections are for slips noticed soon after, not for rewriting what was said days later.
 * `null` when it cannot be edited at any time: it is not the current version, or the note is deleted.
 */
export const noteEditDeadline = (history: NoteHistory, noteId: string): number | null => {
  if (history.isDeleted || history.currentId !== noteId) return null;
  const first = history.versions.at(-1);
  if (first === undefined) return null;
  return Date.parse(first.createdAt) + NOTE_EDIT_WINDOW_MS;
};

/**
 * Whether version `noteId` can be edited at `now` (the device clock): it is the current version of a
 * note that is not deleted, and `now` is before its `noteEditDeadline`. A `createdAt` ahead of `now`
 * (another tablet's fast clock) counts as just made.
 */
export const canEditNoteVersion = (history: NoteHistory, noteId: string, now: Date): boolean => {
  const deadline = noteEditDeadline(history, noteId);
  return deadline !== null && now.getTime() < deadline;
};
