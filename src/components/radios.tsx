import type { ReactNode } from 'react';
import { FieldError, describedBy, formGroupClass } from './field-parts';

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
  /** Revealed under the option while it is chosen, as GOV.UK's conditional reveal does. */
  conditional?: ReactNode;
}

/**
 * GOV.UK radios in a fieldset. The first option's id is the group's id, so an error summary link
 * to the group lands on a control. Controlled, so a conditional part can show and hide; the
 * hidden part stays in the page, so what was entered in it survives switching back.
 */
export function Radios<V extends string>({
  id,
  name,
  legend,
  hint,
  error,
  options,
  value,
  onChange,
}: {
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly RadioOption<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
}) {
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint === undefined ? null : (
          <div className="govuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        <FieldError id={id} error={error} />
        <div className="govuk-radios">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            const conditionalId = `${optionId}-conditional`;
            return (
              <div key={option.value}>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={optionId}
                    name={name}
                    type="radio"
                    value={option.value}
                    checked={value === option.value}
                    onChange={() => onChange(option.value)}
                    aria-controls={option.conditional === undefined ? undefined : conditionalId}
                    aria-describedby={option.hint === undefined ? undefined : `${optionId}-item-hint`}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                    {option.label}
                  </label>
                  {option.hint === undefined ? null : (
                    <div className="govuk-hint govuk-radios__hint" id={`${optionId}-item-hint`}>
                      {option.hint}
                    </div>
                  )}
                </div>
                {option.conditional === undefined ? null : (
                  <div
                    className={`govuk-radios__conditional${value === option.value ? '' : ' govuk-radios__conditional--hidden'}`}
                    id={conditionalId}
                    // The class hides it for sighted people; the attribute for everyone, styles or not.
                    hidden={value !== option.value}
                  >
                    {option.conditional}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
