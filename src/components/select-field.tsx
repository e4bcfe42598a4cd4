import type { ReactNode } from 'react';
import { describedBy, FieldIntro, formGroupClass } from './field-parts';

/**
 * The GOV.UK select, uncontrolled like the text input, with a first option that means "none chosen";
 * or controlled, with `value`, where the form must know whether the person changed it (a choice
 * they never touched follows the record when someone else's save replaces it).
 */
export function SelectField({
  id,
  name,
  label,
  hint,
  error,
  options,
  emptyText,
  defaultValue,
  value,
  onValueChange,
}: {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly { value: string; text: string }[];
  emptyText: string;
  defaultValue?: string;
  value?: string;
  onValueChange?: (value: string) => void;
}) {
  return (
    <div className={formGroupClass(error)}>
      <FieldIntro id={id} label={label} hint={hint} error={error} />
      <select
        className={`govuk-select app-select--full${error === undefined ? '' : ' govuk-select--error'}`}
        id={id}
        name={name}
        {...(value === undefined ? { defaultValue: defaultValue ?? '' } : { value, onChange: (event) => onValueChange?.(event.target.value) })}
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
