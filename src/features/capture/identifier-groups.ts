import type { IdentifierReason } from '../../domain/notes/note';
import type { FoundIdentifier, IdentifierKind } from '../../domain/redaction/identifier';

/**
 * One identifier as the person decides about it: every place the same value of the same kind
 * appears ("Jane" twice is one decision), in the order they first appear.
 */
export type IdentifierGroup = {
  key: string;
  kind: IdentifierKind;
  /** The identifier as typed: shown on screen, never logged or stored. */
  value: string;
  ranges: readonly FoundIdentifier[];
};

/** What stops a note with identifiers from being saved. */
export type IdentifierProblem = { key: string; problem: 'undecided' | 'no-reason' };

/** The key under which a decision about an identifier is kept. */
export const identifierKey = (kind: IdentifierKind, value: string): string => `${kind}:${value}`;

/** Groups identifiers found in `text` by kind and value. */
export const groupIdentifiers = (text: string, found: readonly FoundIdentifier[]): IdentifierGroup[] => {
  const groups = new Map<string, { kind: IdentifierKind; value: string; ranges: FoundIdentifier[] }>();
  for (const identifier of found) {
    const value = text.slice(identifier.start, identifier.end);
    const key = identifierKey(identifier.kind, value);
    const group = groups.get(key);
    if (group) group.ranges.push(identifier);
    else groups.set(key, { kind: identifier.kind, value, ranges: [identifier] });
  }
  return [...groups].map(([key, group]) => ({ key, ...group }));
};

/**
 * The identifiers still in the way of saving: those neither removed nor kept, and those kept
 * without a reason. `kept` maps a key to the reason typed so far.
 */
export const findIdentifierProblems = (
  groups: readonly IdentifierGroup[],
  kept: ReadonlyMap<string, string>,
): IdentifierProblem[] =>
  groups.flatMap(({ key }): IdentifierProblem[] => {
    const reason = kept.get(key);
    if (reason === undefined) return [{ key, problem: 'undecided' }];
    return reason.trim() === '' ? [{ key, problem: 'no-reason' }] : [];
  });

/** The reasons a note is saved with: one per identifier kept in its text, without the identifier. */
export const identifierReasonsOf = (
  groups: readonly IdentifierGroup[],
  kept: ReadonlyMap<string, string>,
): IdentifierReason[] =>
  groups.flatMap(({ key, kind }) => {
    const reason = kept.get(key)?.trim();
    return reason ? [{ kind, reason }] : [];
  });
