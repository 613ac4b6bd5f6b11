type EscalationRouteProps = {
  /** The ward's words after "If you have an urgent concern, "; `null` for none, `undefined` while read. */
  escalationText: string | null | undefined;
};

/** What an urgent note needs beyond saving: the ward's own escalation route. */
export function EscalationRoute({ escalationText }: EscalationRouteProps) {
  if (escalationText === undefined) return null;
  return (
    <div className="nhsuk-inset-text app-capture-escalation">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        <strong>Saving does not escalate it.</strong> If you have an urgent concern,{' '}
        {escalationText ?? 'tell the nurse in charge now.'}
      </p>
    </div>
  );
}
