/**
 * An idea's votes and evidence links, folded from its `IdeaEvent`s (SPEC IDEA-3).
 *
 * Each is an observed-remove set, keyed by voter key (votes) or by the cited record (evidence):
 * - an add event adds its element; the same element added twice (two tablets at once) is there once;
 * - a remove event undoes exactly the add events it names in `removedEventIds`, which are the adds
 *   its device could see. An add it did not name, made concurrently elsewhere or later, still
 *   stands: when an add and a remove race, the add wins. Withdrawing and voting again works, because
 *   the new vote is a new add that no remove names.
 * - a remove only undoes adds of the same idea and element, so naming someone else's add does nothing.
 *
 * The result depends only on which events there are, not on their order or on repeats, so every
 * device folds the same events to the same sets, whatever order sync delivered them in.
 */
import type { EvidenceRecordType, IdeaEvent } from './idea-event';

/** A vote that stands, with the add events behind it (a withdrawal must name them all). */
export type IdeaVote = {
  readonly voterKey: string;
  readonly addEventIds: readonly string[];
};

/** A record cited as evidence for an idea, with the add events behind it (a removal must name them all). */
export type IdeaEvidenceLink = {
  readonly recordType: EvidenceRecordType;
  readonly recordId: string;
  readonly addEventIds: readonly string[];
};

/** An idea's votes and evidence as they stand. Lists are sorted, so equal sets are equal data. */
export type IdeaSets = {
  readonly voteCount: number;
  /** By voter key. */
  readonly votes: readonly IdeaVote[];
  /** By record id (UUIDv7s sort by when the record was made), then type. */
  readonly evidence: readonly IdeaEvidenceLink[];
};

/** The sets of an idea with no vote or evidence events. */
export const EMPTY_IDEA_SETS: IdeaSets = Object.freeze({ voteCount: 0, votes: [], evidence: [] });

type Family = 'vote' | 'evidence';

/** One key per (idea, set, element, add event); JSON keeps parts apart whatever characters they hold. */
const removalKey = (ideaId: string, family: Family, element: string, addEventId: string): string =>
  JSON.stringify([ideaId, family, element, addEventId]);

const evidenceElement = (recordType: EvidenceRecordType, recordId: string): string =>
  JSON.stringify([recordType, recordId]);

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Event ids are unique (the server refuses a reused id, PUSH-3), so one id seen twice is a repeat.
 * Should two different events ever share an id, the same one is kept whatever the order.
 */
const uniqueById = (events: Iterable<IdeaEvent>): IdeaEvent[] => {
  const byId = new Map<string, IdeaEvent>();
  for (const event of events) {
    const known = byId.get(event.id);
    if (known === undefined || (known !== event && JSON.stringify(event) > JSON.stringify(known))) {
      byId.set(event.id, event);
    }
  }
  return [...byId.values()];
};

type Building = {
  readonly votes: Map<string, string[]>;
  readonly evidence: Map<string, { recordType: EvidenceRecordType; recordId: string; addEventIds: string[] }>;
};

const finishSets = ({ votes, evidence }: Building): IdeaSets => {
  const voteList = [...votes]
    .map(([voterKey, addEventIds]) => ({ voterKey, addEventIds: addEventIds.sort(compareText) }))
    .sort((a, b) => compareText(a.voterKey, b.voterKey));
  const evidenceList = [...evidence.values()]
    .map((link) => ({ ...link, addEventIds: link.addEventIds.sort(compareText) }))
    .sort((a, b) => compareText(a.recordId, b.recordId) || compareText(a.recordType, b.recordType));
  return { voteCount: voteList.length, votes: voteList, evidence: evidenceList };
};

/**
 * Folds idea events, of any number of ideas and in any order, into each idea's votes and evidence
 * links (IDEA-3). Every idea named by an event gets an entry, in idea id order; comments and PDSA
 * cycles do not affect the sets. Use {@link EMPTY_IDEA_SETS} for an idea with no events.
 */
export const foldIdeaEvents = (events: Iterable<IdeaEvent>): ReadonlyMap<string, IdeaSets> => {
  const unique = uniqueById(events);
  const removed = new Set<string>();
  for (const event of unique) {
    if (event.kind === 'vote-removed') {
      for (const addEventId of event.payload.removedEventIds) {
        removed.add(removalKey(event.ideaId, 'vote', event.payload.voterKey, addEventId));
      }
    } else if (event.kind === 'evidence-removed') {
      const element = evidenceElement(event.payload.recordType, event.payload.recordId);
      for (const addEventId of event.payload.removedEventIds) {
        removed.add(removalKey(event.ideaId, 'evidence', element, addEventId));
      }
    }
  }

  const building = new Map<string, Building>();
  for (const event of unique) {
    let sets = building.get(event.ideaId);
    if (sets === undefined) {
      sets = { votes: new Map(), evidence: new Map() };
      building.set(event.ideaId, sets);
    }
    if (event.kind === 'vote-added') {
      const { voterKey } = event.payload;
      if (removed.has(removalKey(event.ideaId, 'vote', voterKey, event.id))) continue;
      const addEventIds = sets.votes.get(voterKey) ?? [];
      addEventIds.push(event.id);
      sets.votes.set(voterKey, addEventIds);
    } else if (event.kind === 'evidence-added') {
      const { recordType, recordId } = event.payload;
      const element = evidenceElement(recordType, recordId);
      if (removed.has(removalKey(event.ideaId, 'evidence', element, event.id))) continue;
      const link = sets.evidence.get(element) ?? { recordType, recordId, addEventIds: [] };
      link.addEventIds.push(event.id);
      sets.evidence.set(element, link);
    }
  }

  const byIdeaId = [...building].sort(([a], [b]) => compareText(a, b));
  return new Map(byIdeaId.map(([ideaId, sets]) => [ideaId, finishSets(sets)]));
};
