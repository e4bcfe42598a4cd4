import type { ReactNode } from 'react';
import { describedBy, FieldIntro, formGroupClass } from './field-parts';

/** The GOV.UK select, uncontrolled like the text input, with a first option that means "none chosen". */
export function SelectField({
  id,
  name,
  label,
  hint,
  error,
  options,
  emptyText,
  defaultValue,
}: {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly { value: string; text: string }[];
  emptyText: string;
  defaultValue?: string;
}) {
  return (
    <div className={formGroupClass(error)}>
      <FieldIntro id={id} label={label} hint={hint} error={error} />
      <select
        className={`govuk-select app-select--full${error === undefined ? '' : ' govuk-select--error'}`}
        id={id}
        name={name}
        defaultValue={defaultValue ?? ''}
        aria-describedby={describedBy(id, hint, error)}
      >
        <option value="">{emptyText}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}
