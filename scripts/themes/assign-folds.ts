/**
 * Cross-validation folds that keep each respondent's answers together (one person's "what was
 * good" and "what could be better" often repeat each other, which would leak between folds) and
 * spread the rarest themes over the folds: groups are dealt round-robin, rarest theme first.
 */
import { shuffled } from './seeded-random';

/** What fold assignment needs of an example. */
export type FoldableExample = { group: string; themes: readonly string[] };

/** The fold (0 … foldCount − 1) of each example. */
export const assignFolds = (
  examples: readonly FoldableExample[],
  foldCount: number,
  random: () => number,
): Int32Array => {
  const frequency = new Map<string, number>();
  for (const example of examples) {
    for (const theme of example.themes) frequency.set(theme, (frequency.get(theme) ?? 0) + 1);
  }
  const groups = new Map<string, number[]>();
  examples.forEach((example, index) => {
    const members = groups.get(example.group) ?? [];
    members.push(index);
    groups.set(example.group, members);
  });
  const rarity = (members: readonly number[]): number =>
    Math.min(
      Infinity,
      ...members.flatMap((index) =>
        (examples[index]?.themes ?? []).map((theme) => frequency.get(theme) ?? 0),
      ),
    );
  // Shuffle first, then a stable sort by rarity: ties stay in seeded random order.
  const ordered = shuffled([...groups.values()], random).sort((left, right) => rarity(left) - rarity(right));
  const folds = new Int32Array(examples.length);
  ordered.forEach((members, position) => {
    for (const index of members) folds[index] = position % foldCount;
  });
  return folds;
};
