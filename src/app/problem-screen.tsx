import { useDocumentTitle } from '../components/use-document-title';

/** Shown when a screen cannot start; what is saved on the tablet is untouched. */
export function ProblemScreen() {
  useDocumentTitle('Sorry, there is a problem');
  return (
    <>
      <h1>Sorry, there is a problem with Wardside</h1>
      <p>Reload the page to try again. Notes already saved on this tablet are kept.</p>
    </>
  );
}
