import { useEffect, useState } from 'react';
import type { CaptureNotes } from './capture-notes';

/**
 * The ward's escalation route: `undefined` while it is read, `null` when the ward set none (or it
 * could not be read, which on a tablet means the same to the person reading it).
 */
export function useEscalationText(
  readEscalationText: CaptureNotes['readEscalationText'],
): string | null | undefined {
  const [escalationText, setEscalationText] = useState<string | null>();
  useEffect(() => {
    if (!readEscalationText) {
      setEscalationText(null);
      return;
    }
    let isCurrent = true;
    readEscalationText()
      .then((text) => {
        if (isCurrent) setEscalationText(text?.trim() || null);
      })
      .catch(() => {
        if (isCurrent) setEscalationText(null);
      });
    return () => {
      isCurrent = false;
    };
  }, [readEscalationText]);
  return escalationText;
}
