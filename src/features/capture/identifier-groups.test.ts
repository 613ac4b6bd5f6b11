import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../domain/redaction/find-identifiers';
import {
  findIdentifierProblems,
  groupIdentifiers,
  identifierKey,
  identifierReasonsOf,
} from './identifier-groups';

const text = 'Nurse Amy rang 943 476 5919. Amy said thanks.';
const groups = groupIdentifiers(text, findIdentifiers(text));

describe('groupIdentifiers', () => {
  it('makes one group per kind and value, in the order they first appear', () => {
    expect(groups.map(({ key, value, ranges }) => ({ key, value, count: ranges.length }))).toEqual([
      { key: 'name:Amy', value: 'Amy', count: 2 },
      { key: 'nhs-number:943 476 5919', value: '943 476 5919', count: 1 },
    ]);
  });

  it('finds nothing in text without identifiers', () => {
    expect(groupIdentifiers('Quiet night', findIdentifiers('Quiet night'))).toEqual([]);
  });
});

describe('findIdentifierProblems and identifierReasonsOf', () => {
  it('calls an identifier neither removed nor kept undecided', () => {
    expect(findIdentifierProblems(groups, new Map())).toEqual([
      { key: 'name:Amy', problem: 'undecided' },
      { key: 'nhs-number:943 476 5919', problem: 'undecided' },
    ]);
  });

  it('needs a reason that is more than spaces for each identifier kept', () => {
    const kept = new Map([
      [identifierKey('name', 'Amy'), '  '],
      [identifierKey('nhs-number', '943 476 5919'), 'Asked to be called back'],
    ]);
    expect(findIdentifierProblems(groups, kept)).toEqual([{ key: 'name:Amy', problem: 'no-reason' }]);
    expect(identifierReasonsOf(groups, kept)).toEqual([
      { kind: 'nhs-number', reason: 'Asked to be called back' },
    ]);
  });

  it('ignores decisions about identifiers no longer in the words', () => {
    const kept = new Map([
      ['name:Amy', 'Colleague'],
      ['nhs-number:943 476 5919', 'Call back'],
      ['email:someone@example.com', 'Gone'],
    ]);
    expect(findIdentifierProblems(groups, kept)).toEqual([]);
    expect(identifierReasonsOf(groups, kept)).toEqual([
      { kind: 'name', reason: 'Colleague' },
      { kind: 'nhs-number', reason: 'Call back' },
    ]);
  });
});
