import { Link } from 'react-router';
import { ConfidenceTag, FlagList } from '../../components/delivery-status';
import { OrganisationLinks } from '../../components/organisation-links';
import { ScrollableTable } from '../../components/scrollable-table';
import { formatPartialDate } from '../../domain/partial-date';
import { currentPhaseOf } from '../../domain/portfolio-row';
import { firstOrder, type PortfolioSort, type SortOrder } from '../../domain/portfolio-table';
import { type ProjectCard, projectStatusLabels } from '../../domain/project';

const sortLabels: Record<PortfolioSort, string> = {
  name: 'Project',
  leads: 'Lead',
  phase: 'Current phase',
  status: 'Status',
  plannedEnd: 'Planned end',
  funding: 'Funding',
  latestUpdate: 'Latest update',
  confidence: 'Delivery confidence',
};

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

/**
 * The portfolio as a table, one row per project, sortable by each column with the GOV.UK
 * sortable-table pattern: the sorted column's header carries `aria-sort`, and each header is a
 * link to the list sorted by it (the sort is in the URL, so it survives paging, reloads and
 * sharing). Following a header keeps focus on it, so sorting by keyboard is one Enter after another.
 */
export function PortfolioTable({
  projects,
  sort = 'name',
  order: chosenOrder,
  sortHref,
  today,
}: {
  projects: readonly ProjectCard[];
  /** As the URL has them: none means by name, in the column's first order. */
  sort?: PortfolioSort | undefined;
  order?: SortOrder | undefined;
  /** The address of the list sorted by a column, in an order. */
  sortHref: (sort: PortfolioSort, order: SortOrder) => string;
  today: string;
}) {
  const order = chosenOrder ?? firstOrder[sort];
  // The API sends confidence only to those who may see it; the column is theirs alone.
  const withConfidence = projects.some((project) => project.confidence !== undefined);
  const columns: PortfolioSort[] = ['name', 'leads', 'phase', 'status', 'plannedEnd', 'funding', 'latestUpdate', ...(withConfidence ? (['confidence'] as const) : [])];
  return (
    <ScrollableTable label="Projects table">
      <table className="govuk-table app-portfolio-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Projects, sorted by {sortLabels[sort].toLowerCase()}, {order}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((column) => {
              const current = column === sort;
              const next: SortOrder = current ? (order === 'ascending' ? 'descending' : 'ascending') : firstOrder[column];
              return (
                <th key={column} scope="col" className="govuk-table__header" aria-sort={current ? order : 'none'}>
                  <Link className="app-sort-link" to={sortHref(column, next)} replace>
                    {sortLabels[column]}
                    <span className="govuk-visually-hidden">, sort {next}</span>
                  </Link>
                </th>
              );
            })}
            {withConfidence ? null : (
              <th scope="col" className="govuk-table__header">
                Flags
              </th>
            )}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {projects.map((project) => {
            const phase = currentPhaseOf(project, today);
            return (
              <tr key={project.slug} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  <Link className="govuk-link" to={`/projects/${project.slug}`}>
                    {project.name}
                  </Link>
                </th>
                <td className="govuk-table__cell">{project.leads.length === 0 ? 'Not recorded' : <OrganisationLinks organisations={project.leads} />}</td>
                <td className="govuk-table__cell">
                  {phase === null ? (
                    <span className="app-muted">Not known</span>
                  ) : (
                    <>
                      {phase.name}
                      {phase.progress === null ? null : <span className="app-table-note">{phase.progress}</span>}
                    </>
                  )}
                </td>
                <td className="govuk-table__cell">{projectStatusLabels[project.status]}</td>
                <td className="govuk-table__cell">{project.plannedEndOn === null ? <span className="app-muted">Not known</span> : formatPartialDate(project.plannedEndOn)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {project.fundingPounds === null ? <span className="app-muted">Not recorded</span> : pounds.format(project.fundingPounds)}
                </td>
                <td className="govuk-table__cell">{project.latestUpdateOn === null ? <span className="app-muted">None yet</span> : formatPartialDate(project.latestUpdateOn)}</td>
                <td className="govuk-table__cell">
                  {project.confidence === undefined ? null : project.confidence === null ? (
                    <span className="app-muted">Not rated</span>
                  ) : (
                    <ConfidenceTag rating={project.confidence.rating} />
                  )}
                  <FlagList flags={project.flags} label={`Flags for ${project.name}`} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
