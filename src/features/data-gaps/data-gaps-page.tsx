import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { OrganisationLinks } from '../../components/organisation-links';
import { Pagination } from '../../components/pagination';
import { ScrollableTable } from '../../components/scrollable-table';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFocusOnPageChange } from '../../components/use-focus-on-page-change';
import { type DataGap, dataGapExplanations, dataGapLabels, fixHref, fixLabels } from '../../domain/data-gaps';
import { formatPartialDate } from '../../domain/partial-date';
import { pageSearch } from '../../lib/page-param';
import { dataGapQueries } from './data-gaps-api';

const projectCount = (count: number) => `${count.toLocaleString('en-GB')} ${count === 1 ? 'project' : 'projects'}`;

/**
 * What the portfolio does not know, for managers to put right: how many projects have each gap,
 * and for the gap chosen (in the URL) its projects, each with a link to the form that fixes it.
 */
export function DataGapsPage({ gap, page }: { gap: DataGap; page: number }) {
  const { data } = useSuspenseQuery(dataGapQueries.list(gap, page));
  // Another gap, or another page of one: focus goes to its heading, as a new page starts at the top.
  const results = useFocusOnPageChange<HTMLHeadingElement>(`${gap}:${String(page)}`);
  useDocumentTitle(`Data gaps: ${dataGapLabels[gap]}`);
  return (
    <>
      <h1 className="govuk-heading-xl">Data gaps</h1>
      <p className="govuk-body-l">What the portfolio does not know about its projects, and where to put it right.</p>
      <nav aria-label="Kinds of gap" className="app-gap-nav">
        <ul className="govuk-list">
          {data.counts.map((row) => (
            <li key={row.gap}>
              <Link className="govuk-link" to={{ search: pageSearch(1, { gap: row.gap }) }} aria-current={row.gap === gap ? 'page' : undefined}>
                {dataGapLabels[row.gap]}
              </Link>
              : {projectCount(row.projects)}
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="govuk-heading-l app-focus-target" tabIndex={-1} ref={results}>
        {dataGapLabels[gap]}
      </h2>
      <p className="govuk-body">
        {dataGapExplanations[gap]}
        {gap === 'no_update_this_quarter' ? ` This quarter began on ${formatPartialDate(data.quarterFrom)}.` : ''}
      </p>
      {data.total === 0 ? (
        <div className="app-empty">
          <p className="govuk-body">No project has this gap.</p>
        </div>
      ) : data.projects.length === 0 ? (
        <div className="app-empty">
          <p className="govuk-body">
            There is no page {page}.{' '}
            <Link className="govuk-link" to={{ search: pageSearch(data.pageCount, { gap }) }}>
              Go to the last page
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p className="govuk-body">{projectCount(data.total)}</p>
          <ScrollableTable label={`Projects with ${dataGapLabels[gap].toLowerCase()}`}>
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Projects: {dataGapLabels[gap]}</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Project
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Lead
                  </th>
                  <th scope="col" className="govuk-table__header">
                    <span className="govuk-visually-hidden">Put it right</span>
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {data.projects.map((project) => (
                  <tr key={project.slug} className="govuk-table__row">
                    <th scope="row" className="govuk-table__header">
                      <Link className="govuk-link" to={`/projects/${project.slug}`}>
                        {project.name}
                      </Link>
                    </th>
                    <td className="govuk-table__cell">{project.leads.length === 0 ? 'Not recorded' : <OrganisationLinks organisations={project.leads} />}</td>
                    <td className="govuk-table__cell">
                      <Link className="govuk-link" to={fixHref(gap, project.slug)}>
                        {fixLabels[gap]}{' '}
                        <span className="govuk-visually-hidden">for {project.name}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollableTable>
        </>
      )}
      <Pagination page={page} pageCount={data.pageCount} hrefFor={(target) => ({ search: pageSearch(target, { gap }) })} label="Pages of projects" />
    </>
  );
}
