import { useRef, useState, type FormEvent } from 'react';
import type { Idea } from '../../domain/ideas/idea';
import type { BoardIdeas } from './board-ideas';
import { IdeaHistory } from './idea-history';
import { saveTitle } from './save-title';
import { TitleField } from './title-field';

type IdeaCardProps = {
  idea: Idea;
  ideas: Pick<BoardIdeas, 'changeFields'>;
  thisDeviceId: string | undefined;
};

const statusLabels = { idea: 'Idea', trying: 'Trying', adopted: 'Adopted', parked: 'Parked' } as const;

/** One idea: its title, a form to change the title, and any values kept from clashing changes. */
export function IdeaCard({ idea, ideas, thisDeviceId }: IdeaCardProps) {
  // Undefined while untouched, so a title changed on another tablet shows here as it syncs.
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState<string>();
  const [isSaved, setIsSaved] = useState(false);
  const isSaving = useRef(false);
  const titleBox = useRef<HTMLInputElement>(null);
  const headingId = `idea-${idea.id}-heading`;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSaving.current) return;
    isSaving.current = true;
    const problem = await saveTitle(draft ?? idea.title, (title) => ideas.changeFields(idea.id, { title }));
    isSaving.current = false;
    setError(problem);
    setIsSaved(problem === undefined);
    if (problem === undefined) setDraft(undefined);
    else titleBox.current?.focus();
  };

  return (
    <article className="app-idea-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="app-idea-card__title">
        {idea.title}
      </h3>
      <p className="app-idea-card__status">
        <strong className="nhsuk-tag nhsuk-tag--grey">{statusLabels[idea.status]}</strong>
      </p>
      <form onSubmit={submit} noValidate>
        <TitleField
          id={`idea-${idea.id}-title`}
          value={draft ?? idea.title}
          error={error}
          inputRef={titleBox}
          onChange={(value) => {
            setDraft(value);
            setIsSaved(false);
          }}
        />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Save changes
        </button>
      </form>
      <p className="app-saved-status" role="status">
        {isSaved ? 'Changes saved on this tablet' : ''}
      </p>
      <IdeaHistory conflicts={idea.conflicts} thisDeviceId={thisDeviceId} />
    </article>
  );
}
