import type { ReactNode } from 'react';
import { FieldMessages } from './field-messages';

// Re-exported: every form field's control names these ids.
export { fieldIds } from './field-messages';

type FormFieldProps = {
  /** The id of the control inside; the hint and error ids derive from it (see {@link fieldIds}). */
  controlId: string;
  label: string;
  isLabelLarge?: boolean;
  hint?: ReactNode;
  /** The error in plain words, or nothing when the field is fine. */
  error?: string | null | undefined;
  /** Read out before the error; visually hidden. A screen in another language passes its own word. */
  errorPrefix?: string;
  /** The control itself, which sets `aria-describedby` from {@link fieldIds}. */
  children: ReactNode;
};

/**
 * An NHS.UK form group: label, optional hint and an error message tied to the control, with the
 * error styles that the design system expects. Screen readers hear "Error:" before the message.
 */
export function FormField({
  controlId,
  label,
  isLabelLarge = false,
  hint,
  error,
  errorPrefix = 'Error:',
  children,
}: FormFieldProps) {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className={`nhsuk-label${isLabelLarge ? ' nhsuk-label--m' : ''}`} htmlFor={controlId}>
        {label}
      </label>
      <FieldMessages
        id={controlId}
        hint={hint}
        error={
          error && (
            // The words in an element of their own, so that they can be found without the prefix.
            <>
              <span className="nhsuk-u-visually-hidden">{errorPrefix}</span> <span>{error}</span>
            </>
          )
        }
      />
      {children}
    </div>
  );
}
