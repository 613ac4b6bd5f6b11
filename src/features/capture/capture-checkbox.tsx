import type { ReactNode } from 'react';

type CaptureCheckboxProps = {
  id: string;
  label: string;
  isChecked: boolean;
  onChange: (isChecked: boolean) => void;
  /** Shown under the checkbox while it is ticked (the NHS.UK conditional reveal). */
  revealed?: ReactNode;
};

/** One NHS.UK small checkbox; what it reveals is tied to it with `aria-controls`. */
export function CaptureCheckbox({ id, label, isChecked, onChange, revealed }: CaptureCheckboxProps) {
  const conditionalId = `${id}-conditional`;
  return (
    <div className="nhsuk-form-group">
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={id}
            name={id}
            type="checkbox"
            checked={isChecked}
            aria-controls={revealed ? conditionalId : undefined}
            onChange={(event) => onChange(event.target.checked)}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
        </div>
        {revealed && (
          <div
            className={`nhsuk-checkboxes__conditional${isChecked ? '' : ' nhsuk-checkboxes__conditional--hidden'}`}
            id={conditionalId}
          >
            {isChecked && revealed}
          </div>
        )}
      </div>
    </div>
  );
}
