import { useDocumentTitle } from './use-document-title';

type ComingSoonProps = { title: string; description: string };

/** A placeholder for a screen that is not built yet. */
export function ComingSoon({ title, description }: ComingSoonProps) {
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>{description}</p>
      <p>This part of Wardside is coming soon.</p>
    </>
  );
}
