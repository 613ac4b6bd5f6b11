import { useEffect, useMemo, useState } from 'react';
import type { IdentifierKind } from '../../domain/redaction/identifier';
import type { redactText as RedactText } from '../../domain/redaction/redact-text';
import { useKioskDisplayStore } from './display/kiosk-display-store';
import { useMessages } from './i18n/kiosk-i18n';
import { kioskEasyReadMessages, kioskMessages } from './kiosk-messages';

type Redactor = typeof RedactText;

// The redactor is its own chunk, fetched on the first text typed: the kiosk's first screen stays
// small, and saving redacts again anyway (createFeedbackResponse), so the preview only informs.
let loadingRedactor: Promise<Redactor> | undefined;
const loadRedactor = (): Promise<Redactor> =>
  (loadingRedactor ??= import('../../domain/redaction/redact-text').then((module) => module.redactText));

function useRedactor(isNeeded: boolean): Redactor | undefined {
  const [redactor, setRedactor] = useState<{ redact: Redactor }>();
  useEffect(() => {
    if (!isNeeded || redactor) return;
    let isCurrent = true;
    loadRedactor()
      .then((redact) => {
        if (isCurrent) setRedactor({ redact });
      })
      .catch(() => {
        // Offline before the chunk was cached: no preview, and the save still redacts.
        loadingRedactor = undefined;
      });
    return () => {
      isCurrent = false;
    };
  }, [isNeeded, redactor]);
  return redactor?.redact;
}

const KIND_MESSAGES = {
  'nhs-number': 'redactionNhsNumber',
  'phone-number': 'redactionPhoneNumber',
  email: 'redactionEmail',
  postcode: 'redactionPostcode',
  'date-of-birth': 'redactionDateOfBirth',
  name: 'redactionName',
} as const satisfies Record<IdentifierKind, string>;

type RedactionPreviewProps = { text: string; id: string };

/**
 * Under a textbox: what will be removed from the words typed and how they will be saved, updated
 * as the person types. Nothing shows while the text holds no identifier.
 */
export function RedactionPreview({ text, id }: RedactionPreviewProps) {
  const t = useMessages(kioskMessages);
  const easyRead = useMessages(kioskEasyReadMessages);
  const isEasyRead = useKioskDisplayStore((state) => state.isEasyRead);
  const trimmed = text.trim();
  const redact = useRedactor(trimmed !== '');
  const redacted = useMemo(() => (redact && trimmed !== '' ? redact(trimmed) : null), [redact, trimmed]);

  if (redacted === null || redacted.redactions.length === 0) return null;
  return (
    <div className="nhsuk-inset-text" id={id}>
      <h2 className="nhsuk-heading-s">{t.weWillRemove}</h2>
      {isEasyRead && <p className="app-kiosk-easy-read">{easyRead.weWillRemove}</p>}
      <ul className="nhsuk-list nhsuk-list--bullet">
        {redacted.redactions.map(({ kind }) => (
          <li key={kind}>{t[KIND_MESSAGES[kind]]}</li>
        ))}
      </ul>
      <p className="nhsuk-u-margin-bottom-1">{t.savedAs}</p>
      {/* The person's own words take their own direction, whatever the kiosk's language. */}
      <p className="app-kiosk-redacted" dir="auto">
        {redacted.text}
      </p>
    </div>
  );
}
