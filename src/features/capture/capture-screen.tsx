import { useDocumentTitle } from '../../components/use-document-title';
import type { CaptureNotes } from './capture-notes';
import { CaptureForm } from './capture-form';
import { loadThemeSuggester } from './load-theme-suggester';
import type { LoadNoteSuggester } from './note-suggestion';
import { RecentNotes } from './recent/recent-notes';
import './capture.scss';

type CaptureScreenProps = {
  notes: CaptureNotes;
  /** Where sentiment and theme suggestions come from; the on-device model unless a test says otherwise. */
  loadSuggester?: LoadNoteSuggester;
};

/** `/capture`: log in a few seconds what a patient or relative said, or what staff saw. */
export function CaptureScreen({ notes, loadSuggester = loadThemeSuggester }: CaptureScreenProps) {
  useDocumentTitle('Capture a note');
  return (
    <>
      <h1>Capture a note</h1>
      <CaptureForm notes={notes} loadSuggester={loadSuggester} />
      <RecentNotes notes={notes} />
    </>
  );
}
