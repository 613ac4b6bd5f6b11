// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Radios, type RadioOption } from './radios';

const options: readonly RadioOption<'tea' | 'coffee'>[] = [
  { value: 'tea', label: 'Tea', hint: 'With milk' },
  { value: 'coffee', label: 'Coffee' },
];

describe('Radios', () => {
  it('names the group by its legend and tells the choice', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <Radios id="drink" legend="Drink" hint="Pick one" options={options} value="tea" onChange={onChange} />,
    );

    const group = screen.getByRole('group', { name: 'Drink' });
    expect(group).toHaveAccessibleDescription('Pick one');
    expect(screen.getByRole('radio', { name: 'Tea' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Tea' })).toHaveAccessibleDescription('With milk');

    await user.click(screen.getByRole('radio', { name: 'Coffee' }));
    expect(onChange).toHaveBeenCalledWith('coffee');
  });

  it('ties an error to the group, and numbers the radios so an error summary can link to the first', () => {
    render(
      <Radios
        id="drink"
        legend="Drink"
        error="Choose a drink"
        options={options}
        value={null}
        onChange={() => {}}
      />,
    );

    expect(screen.getByRole('group', { name: 'Drink' })).toHaveAccessibleDescription('Choose a drink');
    expect(screen.getByRole('radio', { name: 'Tea' })).toHaveAttribute('id', 'drink-1');
    expect(screen.getByRole('radio', { name: 'Coffee' })).toHaveAttribute('id', 'drink-2');
  });

  it('draws what renderBeforeLabel gives inside each label, leaving the name to the words', () => {
    render(
      <Radios
        id="drink"
        legend="Drink"
        options={options}
        value={null}
        onChange={() => {}}
        renderBeforeLabel={(option) => <svg aria-hidden="true" className={`picture-${option.value}`} />}
      />,
    );

    expect(screen.getByText('Tea').querySelector('svg.picture-tea')).not.toBeNull();
    expect(screen.getByRole('radio', { name: 'Tea' })).toBeInTheDocument();
  });
});
