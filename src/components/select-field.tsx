import type { ReactNode } from 'react';
import { FieldError, describedBy, formGroupClass } from './field-parts';

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
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint === undefined ? null : (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <FieldError id={id} error={error} />
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
