import { Link } from 'wouter';
import { useDocumentTitle } from '../components/use-document-title';

/** Any path the app does not know. */
export function NotFoundScreen() {
  useDocumentTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>
        <Link href="/capture">Go to capture a note</Link>
      </p>
    </>
  );
}
