import type { ReactNode } from 'react';
import { describedBy, FieldIntro, formGroupClass } from './field-parts';

/**
 * The GOV.UK textarea, uncontrolled like the text input, so refused text stays as typed; or
 * controlled, with `value`, where every keystroke is kept.
 */
export function Textarea({
  id,
  name,
  label,
  hint,
  error,
  defaultValue,
  value,
  onValueChange,
  rows = 5,
}: {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  value?: string;
  onValueChange?: (value: string) => void;
  rows?: number;
}) {
  return (
    <div className={formGroupClass(error)}>
      <FieldIntro id={id} label={label} hint={hint} error={error} />
      <textarea
        className={`govuk-textarea${error === undefined ? '' : ' govuk-textarea--error'}`}
        id={id}
        name={name}
        rows={rows}
        {...(value === undefined ? { defaultValue } : { value, onChange: (event) => onValueChange?.(event.target.value) })}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}
