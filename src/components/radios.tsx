import type { ReactNode } from 'react';
import { describedByOf, FieldMessages } from './field-messages';

/** One answer of a radios group. */
export type RadioOption<Value extends string | number> = {
  value: Value;
  label: string;
  /** A hint under the answer, tied to its radio. */
  hint?: string;
};

type RadiosProps<Value extends string | number> = {
  /**
   * Names the group; the radios are `${id}-1`, `${id}-2`, … in order, so an error summary can
   * always link to `${id}-1`, whatever the values.
   */
  id: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  /** The whole message, with its own visually hidden prefix, or nothing when the answer is fine. */
  error?: ReactNode;
  options: readonly RadioOption<Value>[];
  value: Value | null;
  onChange: (value: Value) => void;
  /** NHS.UK small radios, for a form that must fit one screen. */
  isSmall?: boolean;
  /** Side by side, where the labels are short. */
  isInline?: boolean;
  /** Drawn inside each label, before its words (a picture); the label's words stay its name. */
  renderBeforeLabel?: (option: RadioOption<Value>) => ReactNode;
  /** A class for every answer's hint besides the NHS.UK ones. */
  optionHintClassName?: string;
};

/** An NHS.UK radios fieldset; the legend is the group's accessible name. */
export function Radios<Value extends string | number>({
  id,
  legend,
  legendSize = 's',
  hint,
  error,
  options,
  value,
  onChange,
  isSmall = false,
  isInline = false,
  renderBeforeLabel,
  optionHintClassName,
}: RadiosProps<Value>) {
  const radiosClassName = [
    'nhsuk-radios',
    isSmall && 'nhsuk-radios--small',
    isInline && 'nhsuk-radios--inline',
  ]
    .filter(Boolean)
    .join(' ');
  const optionHintClassNames = ['nhsuk-hint nhsuk-radios__hint', optionHintClassName]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedByOf(id, { hint, error })}>
        <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className={radiosClassName}>
          {options.map((option, index) => {
            const radioId = `${id}-${index + 1}`;
            const optionHintId = `${radioId}-hint`;
            return (
              <div className="nhsuk-radios__item" key={option.value}>
                <input
                  className="nhsuk-radios__input"
                  id={radioId}
                  name={id}
                  type="radio"
                  value={option.value}
                  checked={value === option.value}
                  aria-describedby={option.hint ? optionHintId : undefined}
                  onChange={() => onChange(option.value)}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={radioId}>
                  {renderBeforeLabel?.(option)}
                  {option.label}
                </label>
                {option.hint && (
                  <div className={optionHintClassNames} id={optionHintId}>
                    {option.hint}
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
