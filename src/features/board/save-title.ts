import type { Idea } from '../../domain/ideas/idea';
import type { Result } from '../../domain/shared/result';

/** Plain words for an empty title; the repository's own errors are used for anything else. */
export const emptyTitleMessage = 'Enter a title for the idea';

/**
 * Runs a save of a title and turns every outcome into what the form shows: an error message, or
 * none. IndexedDB failing (storage full) is an error too, never an exception on screen.
 */
export async function saveTitle(
  title: string,
  save: (title: string) => Promise<Result<Idea>>,
): Promise<string | undefined> {
  if (title.trim() === '') return emptyTitleMessage;
  try {
    const result = await save(title.trim());
    return result.isOk ? undefined : result.error;
  } catch {
    return 'The idea could not be saved on this tablet. Try again.';
  }
}
