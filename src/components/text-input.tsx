import type { HTMLInputAutoCompleteAttribute, ReactNode } from 'react';
import { describedBy, FieldIntro, formGroupClass } from './field-parts';

export interface TextInputProps {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  type?: 'text' | 'email' | 'url';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  defaultValue?: string;
  /** For a field whose every keystroke is kept (an update's unsaved text): the value, and what to do as it changes. */
  value?: string;
  onValueChange?: (value: string) => void;
  /** A GOV.UK width class, e.g. `govuk-!-width-two-thirds`; inputs are full width otherwise. */
  widthClass?: string;
  spellCheck?: boolean;
  /** `numeric` for whole numbers: a number keypad on phones, without `type="number"`'s quirks. */
  inputMode?: 'numeric';
}

/**
 * The GOV.UK text input. Uncontrolled on purpose: what the person typed stays in the field when
 * the server refuses it, with no state to keep in step.
 */
export function TextInput({
  id,
  name,
  label,
  hint,
  error,
  type = 'text',
  autoComplete,
  defaultValue,
  value,
  onValueChange,
  widthClass,
  spellCheck,
  inputMode,
}: TextInputProps) {
  return (
    <div className={formGroupClass(error)}>
      <FieldIntro id={id} label={label} hint={hint} error={error} />
      <input
        className={['govuk-input', error === undefined ? null : 'govuk-input--error', widthClass ?? null].filter(Boolean).join(' ')}
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        {...(value === undefined ? { defaultValue } : { value, onChange: (event) => onValueChange?.(event.target.value) })}
        spellCheck={spellCheck}
        inputMode={inputMode}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}
