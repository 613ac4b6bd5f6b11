import type { Idea } from '../../domain/ideas/idea';
import type { Result } from '../../domain/shared/result';

/**
 * What the board needs from the idea repository (src/data/idea-repository.ts), which the app
 * hands in, so that the feature never opens a database itself.
 */
export type BoardIdeas = {
  create: (draft: { title: string }) => Promise<Result<Idea>>;
  changeFields: (ideaId: string, edits: { title?: string }) => Promise<Result<Idea>>;
  watch: (onChange: (ideas: Idea[]) => void) => () => void;
};
