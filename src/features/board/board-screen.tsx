import { useCallback } from 'react';
import { useDocumentTitle } from '../../components/use-document-title';
import { useSubscription } from '../../components/use-subscription';
import type { Idea } from '../../domain/ideas/idea';
import type { BoardIdeas } from './board-ideas';
import { IdeaCard } from './idea-card';
import { NewIdeaForm } from './new-idea-form';

type BoardScreenProps = {
  ideas: BoardIdeas;
  /** This tablet's device id, so the history can say "this tablet". */
  thisDeviceId?: string;
};

/**
 * `/board`: the ward's improvement ideas. For now a list with a title each; columns, evidence,
 * owners and PDSA cycles come with the full board.
 */
export function BoardScreen({ ideas, thisDeviceId }: BoardScreenProps) {
  useDocumentTitle('Improvement board');
  const watch = useCallback((onIdeas: (value: Idea[]) => void) => ideas.watch(onIdeas), [ideas]);
  const allIdeas = useSubscription(watch);
  const shownIdeas = allIdeas?.filter((idea) => !idea.isDeleted);

  return (
    <>
      <h1>Improvement board</h1>
      <NewIdeaForm ideas={ideas} />
      <section aria-labelledby="ideas-heading">
        <h2 id="ideas-heading">Ideas</h2>
        {shownIdeas?.length === 0 && <p>No ideas yet</p>}
        {shownIdeas && shownIdeas.length > 0 && (
          <ul className="app-idea-list">
            {shownIdeas.map((idea) => (
              <li key={idea.id}>
                <IdeaCard idea={idea} ideas={ideas} thisDeviceId={thisDeviceId} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
