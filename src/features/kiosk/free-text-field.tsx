import { useKioskDisplayStore } from './display/kiosk-display-store';
import { useMessages } from './i18n/kiosk-i18n';
import { kioskEasyReadMessages, kioskMessages } from './kiosk-messages';
import { RedactionPreview } from './redaction-preview';

/**
 * `MAX_FREE_TEXT_LENGTH` of domain/shared/record-base, repeated: importing it would bring zod into
 * the kiosk's first screen. A longer text is refused on saving anyway.
 */
const MAX_TEXT_LENGTH = 4000;

type FreeTextFieldProps = {
  id: string;
  label: string;
  /** A short sentence for easy read. */
  easyReadHint: string;
  value: string;
  onChange: (value: string) => void;
};

/**
 * An optional textbox: the label is the question alone (its accessible name), "Optional" and the
 * advice not to write personal details go in the hint, and the redaction preview follows.
 */
export function FreeTextField({ id, label, easyReadHint, value, onChange }: FreeTextFieldProps) {
  const t = useMessages(kioskMessages);
  const easyRead = useMessages(kioskEasyReadMessages);
  const isEasyRead = useKioskDisplayStore((state) => state.isEasyRead);
  const hintId = `${id}-hint`;
  return (
    <div className="nhsuk-form-group">
      <label className="nhsuk-label nhsuk-label--m" htmlFor={id}>
        {label}
      </label>
      <div className="nhsuk-hint" id={hintId}>
        {t.textHint}
        {isEasyRead && (
          <span className="app-kiosk-easy-read">
            {easyReadHint} {easyRead.noNames}
          </span>
        )}
      </div>
      <textarea
        className="nhsuk-textarea"
        dir="auto"
        id={id}
        name={id}
        rows={3}
        maxLength={MAX_TEXT_LENGTH}
        autoComplete="off"
        aria-describedby={hintId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <RedactionPreview text={value} id={`${id}-preview`} />
    </div>
  );
}
