type EditWindowClosedWarningProps = {
  /** Whether the note being edited can no longer be changed; the live region is there either way. */
  isClosed: boolean;
};

/**
 * Says, in the edit form, that the 24 hours to edit the note ran out while it was open. The words
 * stay in the form; this tells the person what they can still do with them. The region is always in
 * the page, so a screen reader announces the warning when it appears, without moving focus away
 * from what is being typed.
 */
export function EditWindowClosedWarning({ isClosed }: EditWindowClosedWarningProps) {
  return (
    <div role="status">
      {isClosed && (
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            This note can no longer be changed
          </h3>
          <p>Notes can be edited for 24 hours after they are captured, and that time has passed.</p>
          <p>
            Your words are still here. Save them as a new note (the earlier note stays as it is), or cancel.
          </p>
        </div>
      )}
    </div>
  );
}
