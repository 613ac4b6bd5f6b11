// What a kiosk may see of an idea (SPEC DEV-3): its title and "You said, we did" text once the ward
// has published it, and otherwise only that it is not (or no longer) published.
import type { Idea } from '../../domain/ideas/idea';
import type { PublishedIdea } from '../../sync/protocol';

export const toPublishedIdea = (idea: Idea): PublishedIdea => {
  const text = idea.youSaidWeDid?.trim() ?? '';
  const isPublished = idea.isPublished && !idea.isDeleted && text.length > 0;
  return {
    id: idea.id,
    wardId: idea.wardId,
    isPublished,
    title: isPublished ? idea.title : null,
    youSaidWeDid: isPublished ? text : null,
  };
};
