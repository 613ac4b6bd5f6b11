import { useState } from 'react';
import { useDocumentTitle } from '../../components/use-document-title';
import type { EnrolledTablet, EnrolTablet } from './enrol-tablet';
import { EnrolledPanel } from './enrolled-panel';
import { EnrolmentCodeForm } from './enrolment-code-form';

type SetupScreenProps = {
  enrol: EnrolTablet;
  /** Called once the tablet is enrolled and the person has seen any warning; the app moves on. */
  onEnrolled: (tablet: EnrolledTablet) => void;
};

/** `/setup`: an unenrolled tablet becomes a kiosk or a staff tablet of one ward. */
export function SetupScreen({ enrol, onEnrolled }: SetupScreenProps) {
  useDocumentTitle('Set up this tablet');
  const [enrolled, setEnrolled] = useState<EnrolledTablet>();

  const finish = (tablet: EnrolledTablet) => {
    if (tablet.isStoragePersisted) onEnrolled(tablet);
    else setEnrolled(tablet);
  };

  return (
    <>
      <h1>Set up this tablet</h1>
      {enrolled ? (
        <EnrolledPanel tablet={enrolled} onContinue={() => onEnrolled(enrolled)} />
      ) : (
        <>
          <p>Enrol this tablet to your ward, once. It then works with or without a connection.</p>
          <EnrolmentCodeForm enrol={enrol} onEnrolled={finish} />
        </>
      )}
    </>
  );
}
