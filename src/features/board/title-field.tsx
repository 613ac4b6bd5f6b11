import type { Ref } from 'react';

type TitleFieldProps = {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
};

/** The "Title" box of an idea, with its error tied to it. */
export function TitleField({ id, value, error, onChange, inputRef }: TitleFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        Title
      </label>
      {error && (
        <p className="nhsuk-error-message" id={errorId}>
          <span className="nhsuk-u-visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        ref={inputRef}
        className={`nhsuk-input${error ? ' nhsuk-input--error' : ''}`}
        id={id}
        type="text"
        value={value}
        autoComplete="off"
        aria-describedby={error ? errorId : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
