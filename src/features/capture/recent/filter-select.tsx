import { FormField } from '../../../components/form-field';

type FilterSelectProps = {
  id: string;
  label: string;
  /** The first option's words, for no filter (its value is ''). */
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  value: string;
  /** Called with the chosen option's value, or '' for no filter. */
  onChange: (value: string) => void;
};

/** One labelled NHS.UK select of the recent-entries filters: "Any …" first, then the options. */
export function FilterSelect({ id, label, anyLabel, options, value, onChange }: FilterSelectProps) {
  return (
    <FormField controlId={id} label={label}>
      <select
        className="nhsuk-select"
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormField>
  );
}
