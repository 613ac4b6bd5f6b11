/**
 * What a kiosk may show of the ward's ideas ("You said, we did"), pulled instead of ideas (SPEC
 * DEV-3). An idea taken down comes through with `isPublished: false`, so rows are replaced, never
 * removed, and only published ones are listed.
 */
import { liveQuery } from 'dexie';
import { z } from 'zod/mini';
import { uuidV7Schema } from '../domain/shared/record-base';
import type { WardsideDatabase } from './db';

/** A published idea as pulled (`publishedIdeaSchema` in sync/protocol, which data/ may not import). */
export const publishedIdeaRowSchema = z.strictObject({
  id: uuidV7Schema,
  wardId: z.string(),
  isPublished: z.boolean(),
  title: z.nullable(z.string()),
  youSaidWeDid: z.nullable(z.string()),
});

export type PublishedIdeaRow = z.infer<typeof publishedIdeaRowSchema>;

/** The ideas published for patients, newest id (UUIDv7: newest made) first. */
export const listPublishedIdeas = async (db: WardsideDatabase): Promise<PublishedIdeaRow[]> => {
  const rows = await db.publishedIdeas.reverse().toArray();
  const published: PublishedIdeaRow[] = [];
  for (const row of rows) {
    const parsed = publishedIdeaRowSchema.safeParse(row);
    if (parsed.success && parsed.data.isPublished) published.push(parsed.data);
  }
  return published;
};

/**
 * Calls `onChange` with the published ideas now and after every change to them (a pull in this tab
 * or another), until the returned function is called. A failed read is reported by its name only.
 */
export const watchPublishedIdeas = (
  db: WardsideDatabase,
  onChange: (ideas: PublishedIdeaRow[]) => void,
  onError: (error: unknown) => void = logReadError,
): (() => void) => {
  const subscription = liveQuery(() => listPublishedIdeas(db)).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
};

const logReadError = (error: unknown): void => {
  console.error('Reading published ideas failed:', error instanceof Error ? error.name : 'unknown error');
};
