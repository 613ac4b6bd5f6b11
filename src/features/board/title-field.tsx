import type { Ref } from 'react';
import { FormField, fieldIds } from '../../components/form-field';

type TitleFieldProps = {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
};

/** The "Title" box of an idea, with its error tied to it. */
export function TitleField({ id, value, error, onChange, inputRef }: TitleFieldProps) {
  const { errorId } = fieldIds(id);
  return (
    <FormField controlId={id} label="Title" error={error}>
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
    </FormField>
  );
}
