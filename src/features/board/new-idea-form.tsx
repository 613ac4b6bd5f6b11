import { useRef, useState, type FormEvent } from 'react';
import type { BoardIdeas } from './board-ideas';
import { saveTitle } from './save-title';
import { TitleField } from './title-field';

type NewIdeaFormProps = { ideas: Pick<BoardIdeas, 'create'> };

/** A new idea starts with a title; the rest is filled in on the board later. */
export function NewIdeaForm({ ideas }: NewIdeaFormProps) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string>();
  const [isSaved, setIsSaved] = useState(false);
  const isSaving = useRef(false);
  const titleBox = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSaving.current) return;
    isSaving.current = true;
    const problem = await saveTitle(title, (trimmed) => ideas.create({ title: trimmed }));
    isSaving.current = false;
    setError(problem);
    setIsSaved(problem === undefined);
    if (problem === undefined) setTitle('');
    else titleBox.current?.focus();
  };

  return (
    <section aria-labelledby="new-idea-heading">
      <h2 id="new-idea-heading">New idea</h2>
      <form onSubmit={submit} noValidate>
        <TitleField
          id="new-idea-title"
          value={title}
          error={error}
          inputRef={titleBox}
          onChange={(value) => {
            setTitle(value);
            setIsSaved(false);
          }}
        />
        <button className="nhsuk-button" type="submit">
          Add idea
        </button>
      </form>
      <p className="app-saved-status" role="status">
        {isSaved ? 'Idea saved on this tablet' : ''}
      </p>
    </section>
  );
}
