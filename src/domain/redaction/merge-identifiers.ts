/**
 * Turns what the detectors found, which may overlap ("Dr.Smith@nhs.net" is a title and name inside an
 * e-mail address), into sorted ranges that do not overlap. Overlapping finds become one range covering
 * all of them, so nothing any detector found is left behind; it takes the kind of its longest part,
 * and of equal lengths the kind listed first in `REDACTION_KINDS` (an NHS number before a phone
 * number: "0123456789" passes the modulus 11 check and is also shaped like a phone number).
 */
import { IDENTIFIER_KINDS, type FoundIdentifier, type IdentifierKind } from './identifier';

const rank = (kind: IdentifierKind): number => IDENTIFIER_KINDS.indexOf(kind);

const outranks = (candidate: FoundIdentifier, current: FoundIdentifier): boolean => {
  const lengthDifference = candidate.end - candidate.start - (current.end - current.start);
  return lengthDifference > 0 || (lengthDifference === 0 && rank(candidate.kind) < rank(current.kind));
};

/** Merges overlapping identifiers (ranges that only touch stay apart) and sorts them by position. */
export const mergeIdentifiers = (identifiers: readonly FoundIdentifier[]): FoundIdentifier[] => {
  const sorted = [...identifiers].sort((left, right) => left.start - right.start || right.end - left.end);
  const merged: FoundIdentifier[] = [];
  let cluster: { start: number; end: number; leader: FoundIdentifier } | undefined;
  for (const identifier of sorted) {
    if (cluster !== undefined && identifier.start < cluster.end) {
      cluster.end = Math.max(cluster.end, identifier.end);
      if (outranks(identifier, cluster.leader)) cluster.leader = identifier;
      continue;
    }
    if (cluster !== undefined)
      merged.push({ kind: cluster.leader.kind, start: cluster.start, end: cluster.end });
    cluster = { start: identifier.start, end: identifier.end, leader: identifier };
  }
  if (cluster !== undefined)
    merged.push({ kind: cluster.leader.kind, start: cluster.start, end: cluster.end });
  return merged;
};
