import { describe, expect, it } from 'vitest';
import { assignFolds } from './assign-folds';
import { createSeededRandom } from './seeded-random';

const examples = Array.from({ length: 40 }, (_, index) => ({
  group: `respondent ${Math.floor(index / 2)}`,
  themes: index % 10 === 0 ? ['Rare'] : ['Common'],
}));

describe('assignFolds', () => {
  it('keeps a respondent’s answers in one fold', () => {
    const folds = assignFolds(examples, 4, createSeededRandom(1));
    for (let index = 0; index < examples.length; index += 2) expect(folds[index]).toBe(folds[index + 1]);
  });

  it('spreads the rarest theme over the folds and balances fold sizes', () => {
    const folds = assignFolds(examples, 4, createSeededRandom(1));
    const rareFolds = examples.flatMap((example, index) =>
      example.themes[0] === 'Rare' ? [folds[index]] : [],
    );
    expect(new Set(rareFolds).size).toBe(4);
    const sizes = [0, 1, 2, 3].map((fold) => folds.filter((value) => value === fold).length);
    expect(sizes).toEqual([10, 10, 10, 10]);
  });

  it('is the same for the same seed', () => {
    expect(assignFolds(examples, 5, createSeededRandom(9))).toEqual(
      assignFolds(examples, 5, createSeededRandom(9)),
    );
  });
});
