import type { ReactNode } from 'react';
import { DATE_PARTS, type DatePart, type DateParts, EMPTY_DATE_PARTS } from '../lib/date-parts';
import { describedBy, FieldError, formGroupClass } from './field-parts';

const PART_LABELS: Record<DatePart, string> = { day: 'Day', month: 'Month', year: 'Year' };

/**
 * The GOV.UK date input: day, month and year in a fieldset whose legend names the date. Each box
 * is `${id}-day` (and so on) and named `${name}-day`, so an error summary can link to a box and
 * lib/date-parts.ts readDateParts can read them back. Uncontrolled unless given a value, as the
 * text input is, so what was typed stays when the server refuses it.
 */
export function DateInput({
  id,
  name,
  legend,
  hint,
  error,
  errorParts = DATE_PARTS,
  defaultValue = EMPTY_DATE_PARTS,
  value,
  onValueChange,
}: {
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The boxes the error is about; all three unless told, as GOV.UK marks a date wrong as a whole. */
  errorParts?: readonly DatePart[];
  defaultValue?: DateParts;
  /** For a date whose every keystroke is kept (an update's unsaved text): the boxes, and what to do as one changes. */
  value?: DateParts;
  onValueChange?: (value: DateParts) => void;
}) {
  return (
    <div className={formGroupClass(error)}>
      {/* A fieldset is a group already; GOV.UK's role="group" only repeats it. */}
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint === undefined ? null : (
          <div className="govuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        <FieldError id={id} error={error} />
        <div className="govuk-date-input" id={id}>
          {DATE_PARTS.map((part) => (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
                  {PART_LABELS[part]}
                </label>
                <input
                  className={[
                    'govuk-input govuk-date-input__input',
                    part === 'year' ? 'govuk-input--width-4' : 'govuk-input--width-2',
                    error !== undefined && errorParts.includes(part) ? 'govuk-input--error' : null,
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  id={`${id}-${part}`}
                  name={`${name}-${part}`}
                  type="text"
                  inputMode="numeric"
                  {...(value === undefined
                    ? { defaultValue: defaultValue[part] }
                    : { value: value[part], onChange: (event) => onValueChange?.({ ...value, [part]: event.target.value }) })}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
