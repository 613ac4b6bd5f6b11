import { describe, expect, it } from 'vitest';
import { createUuidV7 } from '../domain/shared/ids';
import { listPublishedIdeas, watchPublishedIdeas, type PublishedIdeaRow } from './published-ideas';
import { openTestDatabase } from './testing/test-database';

const idea = (index: number, changes: Partial<PublishedIdeaRow> = {}): PublishedIdeaRow => ({
  id: createUuidV7(Date.UTC(2025, 0, index), new Uint8Array(10).fill(index)),
  wardId: 'ward-7b',
  isPublished: true,
  title: `Idea ${index}`,
  youSaidWeDid: `We did ${index}`,
  ...changes,
});

const waitFor = async (condition: () => boolean): Promise<void> => {
  for (let attempt = 0; attempt < 100 && !condition(); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(condition()).toBe(true);
};

describe('published ideas', () => {
  it('lists only published, parseable ideas, newest first', async () => {
    const db = openTestDatabase('published');
    await db.publishedIdeas.bulkPut([idea(1), idea(2, { isPublished: false }), idea(3), { id: 'broken' }]);

    expect((await listPublishedIdeas(db)).map((row) => row.title)).toEqual(['Idea 3', 'Idea 1']);
  });

  it('watches: the list now, then again after a pull changes it', async () => {
    const db = openTestDatabase('published');
    const seen: string[][] = [];
    const stop = watchPublishedIdeas(db, (ideas) => seen.push(ideas.map((row) => row.title ?? '')));
    await waitFor(() => seen.length === 1);

    await db.publishedIdeas.put(idea(1));
    await waitFor(() => seen.length === 2);
    stop();

    expect(seen).toEqual([[], ['Idea 1']]);
  });
});
