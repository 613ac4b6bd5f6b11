import { FormField, fieldIds } from '../../components/form-field';
import { STAFF_ROLES } from './capture-labels';

type RoleSelectProps = { role: string | null; onChange: (role: string | null) => void };

const roleId = 'capture-role';

/** "Your role": the role of whoever captures, remembered on this tablet; never a name. */
export function RoleSelect({ role, onChange }: RoleSelectProps) {
  return (
    <FormField controlId={roleId} label="Your role" hint="This tablet remembers it for the next note.">
      <select
        className="nhsuk-select"
        id={roleId}
        name="role"
        value={role ?? ''}
        aria-describedby={fieldIds(roleId).hintId}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">Not said</option>
        {STAFF_ROLES.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </FormField>
  );
}
