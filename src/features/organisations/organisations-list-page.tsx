import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ScrollableTable } from '../../components/scrollable-table';
import { useDocumentTitle } from '../../components/use-document-title';
import { type OrganisationListItem, organisationKindLabels } from '../../domain/organisation';
import { organisationListQuery } from '../../lib/organisation-list-query';

export function OrganisationsListPage() {
  const { data } = useSuspenseQuery(organisationListQuery());
  useDocumentTitle('Organisations');
  const involved = data.organisations.filter((organisation) => organisation.leadCount + organisation.partnerCount > 0);
  // Bodies that Sprint Notes mention (a government department met, a standards board) but that
  // are not in any project are kept apart, so the main list means what its heading says.
  const mentioned = data.organisations.filter((organisation) => organisation.leadCount + organisation.partnerCount === 0);
  return (
    <>
      <h1 className="govuk-heading-xl">Organisations</h1>
      <p className="govuk-body-l">Councils and the other organisations that lead or take part in funded projects.</p>
      {involved.length === 0 ? (
        <p className="govuk-body">No organisations take part in a funded project yet.</p>
      ) : (
        <OrganisationTable caption={`${involved.length} organisations in funded projects`} organisations={involved} counts />
      )}
      {mentioned.length === 0 ? null : (
        <>
          <h2 className="govuk-heading-l">Also mentioned</h2>
          <p className="govuk-body">Organisations named in project updates that do not lead or take part in a funded project.</p>
          <OrganisationTable caption={`${mentioned.length} other organisations`} organisations={mentioned} counts={false} />
        </>
      )}
    </>
  );
}

function OrganisationTable({
  caption,
  organisations,
  counts,
}: {
  caption: string;
  organisations: readonly OrganisationListItem[];
  counts: boolean;
}) {
  return (
    <ScrollableTable label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Organisation
            </th>
            <th scope="col" className="govuk-table__header">
              Kind
            </th>
            {counts ? (
              <>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Leads
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Partner in
                </th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {organisations.map((organisation) => (
            <tr className="govuk-table__row" key={organisation.slug}>
              <th scope="row" className="govuk-table__header app-table__row-header">
                <Link className="govuk-link" to={`/organisations/${organisation.slug}`}>
                  {organisation.name}
                </Link>
              </th>
              <td className="govuk-table__cell">{organisationKindLabels[organisation.kind]}</td>
              {counts ? (
                <>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{organisation.leadCount}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{organisation.partnerCount}</td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
