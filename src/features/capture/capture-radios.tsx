import type { ReactNode } from 'react';

type Choice<Value extends string> = { value: Value; label: string; hint?: string };

type CaptureRadiosProps<Value extends string> = {
  id: string;
  legend: string;
  hint?: ReactNode;
  choices: readonly Choice<Value>[];
  value: Value | null;
  onChange: (value: Value) => void;
  isInline?: boolean;
};

/**
 * NHS.UK small radios in a fieldset whose legend names the group. Small and, where the labels are
 * short, inline, so that the whole form fits one tablet screen.
 */
export function CaptureRadios<Value extends string>({
  id,
  legend,
  hint,
  choices,
  value,
  onChange,
  isInline = false,
}: CaptureRadiosProps<Value>) {
  const hintId = `${id}-hint`;
  return (
    <div className="nhsuk-form-group">
      <fieldset className="nhsuk-fieldset" aria-describedby={hint ? hintId : undefined}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={hintId}>
            {hint}
          </div>
        )}
        <div className={`nhsuk-radios nhsuk-radios--small${isInline ? ' nhsuk-radios--inline' : ''}`}>
          {choices.map((choice) => {
            const radioId = `${id}-${choice.value || 'none'}`;
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
                  {choice.label}
                </label>
                {choice.hint && (
                  <div className="nhsuk-hint nhsuk-radios__hint" id={choiceHintId}>
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
