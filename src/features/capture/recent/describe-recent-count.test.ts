import { describe, expect, it } from 'vitest';
import { describeRecentCount } from './describe-recent-count';

describe('describeRecentCount', () => {
  it('says there are no notes yet only when the tablet holds none at all', () => {
    expect(describeRecentCount(0, false, false)).toBe('No notes yet');
  });

  it('says no note is current, not "yet", when notes are stored but all are deleted or replaced', () => {
    expect(describeRecentCount(0, false, true)).toBe(
      'No current notes. Deleted and replaced notes are not shown.',
    );
  });

  it('says nothing matches a search or filters, whatever is stored', () => {
    expect(describeRecentCount(0, true, true)).toBe('No notes match your search and filters.');
    expect(describeRecentCount(0, true, false)).toBe('No notes match your search and filters.');
  });

  it('counts the notes, newest first, on the tablet or matching', () => {
    expect(describeRecentCount(1, false, true)).toBe('1 note on this tablet.');
    expect(describeRecentCount(50_000, false, true)).toBe('50,000 notes on this tablet, newest first.');
    expect(describeRecentCount(1, true, true)).toBe('1 matching note.');
    expect(describeRecentCount(2_528, true, true)).toBe('2,528 matching notes, newest first.');
  });
});
