import type { ReactNode } from 'react';

/** The ids a control's `aria-describedby` names, derived from its own id. */
export const fieldIds = (controlId: string) => ({
  hintId: `${controlId}-hint`,
  errorId: `${controlId}-error`,
});

/** The `aria-describedby` of a control with this hint and error: what of the two is shown. */
export const describedByOf = (controlId: string, { hint, error }: { hint?: unknown; error?: unknown }) => {
  const { hintId, errorId } = fieldIds(controlId);
  return [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
};

type FieldMessagesProps = {
  /** The control's (or group's) id; the messages' ids derive from it (see {@link fieldIds}). */
  id: string;
  hint?: ReactNode;
  /** The whole error, prefix included, or nothing when the answer is fine. */
  error?: ReactNode;
};

/** The hint and error of an NHS.UK form group, under its label or legend. */
export function FieldMessages({ id, hint, error }: FieldMessagesProps) {
  const { hintId, errorId } = fieldIds(id);
  return (
    <>
      {hint && (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <p className="nhsuk-error-message" id={errorId}>
          {error}
        </p>
      )}
    </>
  );
}
