import type { ReactNode } from 'react';

/** Pieces every GOV.UK form field shares: the group's error state, the label, hint and inline message. */

export function formGroupClass(error: string | undefined, extra?: string): string {
  return ['govuk-form-group', error === undefined ? null : 'govuk-form-group--error', extra ?? null].filter(Boolean).join(' ');
}

/** The hint and error ids a control points to, so screen readers read them with its label. */
export function describedBy(id: string, hint: unknown, error: string | undefined): string | undefined {
  const ids = [hint === undefined ? null : `${id}-hint`, error === undefined ? null : `${id}-error`].filter(Boolean);
  return ids.length === 0 ? undefined : ids.join(' ');
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (error === undefined) return null;
  return (
    <p className="govuk-error-message" id={`${id}-error`}>
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  );
}

/** What goes above a single control, in GOV.UK's order: label, hint, then the error message. */
export function FieldIntro({ id, label, hint, error }: { id: string; label: ReactNode; hint?: ReactNode; error: string | undefined }) {
  return (
    <>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint === undefined ? null : (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <FieldError id={id} error={error} />
    </>
  );
}
