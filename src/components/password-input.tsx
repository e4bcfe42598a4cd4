import { type ReactNode, useState } from 'react';
import { describedBy, FieldIntro, formGroupClass } from './field-parts';

/**
 * The GOV.UK password input, with its Show button so people can check what they typed instead
 * of being asked to type it twice.
 */
export function PasswordInput({
  id,
  name,
  label,
  hint,
  error,
  autoComplete,
}: {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  autoComplete: 'current-password' | 'new-password';
}) {
  const [visible, setVisible] = useState(false);
  return (
    <div className={formGroupClass(error, 'govuk-password-input')}>
      <FieldIntro id={id} label={label} hint={hint} error={error} />
      <div className="govuk-input__wrapper govuk-password-input__wrapper">
        <input
          className={`govuk-input govuk-password-input__input${error === undefined ? '' : ' govuk-input--error'}`}
          id={id}
          name={name}
          type={visible ? 'text' : 'password'}
          spellCheck={false}
          autoCapitalize="none"
          autoComplete={autoComplete}
          aria-describedby={describedBy(id, hint, error)}
        />
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-password-input__toggle"
          aria-controls={id}
          aria-label={visible ? 'Hide password' : 'Show password'}
          onClick={() => setVisible((shown) => !shown)}
        >
          {visible ? 'Hide' : 'Show'}
        </button>
      </div>
      <div className="govuk-visually-hidden" aria-live="polite">
        {visible ? 'Your password is visible' : ''}
      </div>
    </div>
  );
}
