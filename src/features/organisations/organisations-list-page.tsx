import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ScrollableTable } from '../../components/scrollable-table';
import { useDocumentTitle } from '../../components/use-document-title';
import { organisationKindLabels } from '../../domain/organisation';
import { organisationListQuery } from '../../lib/organisation-list-query';

export function OrganisationsListPage() {
  const { data } = useSuspenseQuery(organisationListQuery());
  useDocumentTitle('Organisations');
  return (
    <>
      <h1 className="govuk-heading-xl">Organisations</h1>
      <p className="govuk-body-l">Councils and the other organisations that lead or take part in funded projects.</p>
      {data.organisations.length === 0 ? (
        <p className="govuk-body">No organisations recorded yet.</p>
      ) : (
        <ScrollableTable label="Table of organisations">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">{data.organisations.length} organisations</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Organisation</th>
                <th scope="col" className="govuk-table__header">Kind</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Leads</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Partners in</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {data.organisations.map((organisation) => (
                <tr className="govuk-table__row" key={organisation.slug}>
                  <th scope="row" className="govuk-table__header app-table__row-header">
                    <Link className="govuk-link" to={`/organisations/${organisation.slug}`}>
                      {organisation.name}
                    </Link>
                  </th>
                  <td className="govuk-table__cell">{organisationKindLabels[organisation.kind]}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{organisation.leadCount}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{organisation.partnerCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollableTable>
      )}
    </>
  );
}
