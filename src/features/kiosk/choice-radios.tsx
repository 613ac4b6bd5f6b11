import type { ReactNode } from 'react';

type Choice<Value extends string | number> = {
  value: Value;
  label: string;
  /** Shown beside the label, hidden from assistive technology (easy read's pictures). */
  picture?: ReactNode;
  /** A hint under the choice (easy read's short sentence). */
  hint?: string;
};

type ChoiceRadiosProps<Value extends string | number> = {
  /** The id of the first radio is `${id}-1`: an error summary links to it. */
  id: string;
  legend: ReactNode;
  legendSize: 'l' | 'm';
  hint?: ReactNode;
  error?: ReactNode;
  choices: readonly Choice<Value>[];
  value: Value | null;
  onChange: (value: Value) => void;
};

/** An NHS.UK radios fieldset; the legend is the group's accessible name. */
export function ChoiceRadios<Value extends string | number>({
  id,
  legend,
  legendSize,
  hint,
  error,
  choices,
  value,
  onChange,
}: ChoiceRadiosProps<Value>) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy || undefined}>
        <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${legendSize}`}>{legend}</legend>
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
        <div className="nhsuk-radios">
          {choices.map((choice, index) => {
            const radioId = `${id}-${index + 1}`;
            const choiceHintId = `${radioId}-hint`;
            return (
              <div className="nhsuk-radios__item" key={choice.value}>
                <input
                  className="nhsuk-radios__input"
                  id={radioId}
                  name={id}
                  type="radio"
                  value={choice.value}
                  checked={value === choice.value}
                  aria-describedby={choice.hint ? choiceHintId : undefined}
                  onChange={() => onChange(choice.value)}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={radioId}>
                  {choice.picture}
                  {choice.label}
                </label>
                {choice.hint && (
                  <div className="nhsuk-hint nhsuk-radios__hint app-kiosk-easy-read" id={choiceHintId}>
                    {choice.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
