import { useDocumentTitle } from '../../components/use-document-title';
import type { CaptureNotes } from './capture-notes';
import { CaptureForm } from './capture-form';
import { NoteList } from './note-list';

type CaptureScreenProps = { notes: CaptureNotes };

/** `/capture`: log in a few seconds what a patient or relative said, or what staff saw. */
export function CaptureScreen({ notes }: CaptureScreenProps) {
  useDocumentTitle('Capture a note');
  return (
    <>
      <h1>Capture a note</h1>
      <CaptureForm notes={notes} />
      <NoteList notes={notes} />
    </>
  );
}
