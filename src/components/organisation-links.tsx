import { Fragment } from 'react';
import { Link } from 'react-router';
import type { OrganisationSummary } from '../domain/organisation';

/** Organisations as links to their pages, in a sentence: "A, B and C". */
export function OrganisationLinks({ organisations }: { organisations: readonly OrganisationSummary[] }) {
  return (
    <>
      {organisations.map((organisation, index) => (
        <Fragment key={organisation.slug}>
          {index > 0 ? (index === organisations.length - 1 ? ' and ' : ', ') : null}
          <Link className="govuk-link" to={`/organisations/${organisation.slug}`}>
            {organisation.name}
          </Link>
        </Fragment>
      ))}
    </>
  );
}
