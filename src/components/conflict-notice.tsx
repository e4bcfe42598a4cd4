import type { SummaryRow } from './summary-list';

/**
 * Shown above a form whose save was refused because someone else saved the record meanwhile:
 * their values, beside the person's own, which stay in the form as typed.
 */
export function ConflictNotice({ heading, headingLevel, rows }: { heading: string; headingLevel: 'h2' | 'h3' | 'h4' | 'h5'; rows: readonly SummaryRow[] }) {
  const Heading = headingLevel;
  return (
    <div className="govuk-inset-text">
      <Heading className="govuk-heading-s">{heading}</Heading>
      <dl className="govuk-summary-list govuk-summary-list--no-border">
        {rows.map((row) => (
          <div className="govuk-summary-list__row" key={row.key}>
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className="govuk-summary-list__value app-pre-line">{row.value}</dd>
          </div>
        ))}
      </dl>
      <p className="govuk-body">Your changes are still in the form below. Save them to replace theirs, or cancel to keep theirs.</p>
    </div>
  );
}
