import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, type SyntheticEvent } from 'react';
import { Form, Link, useLocation, useNavigate } from 'react-router';
import { phaseFilterLabels, phaseFilters, phaseKindLabels, projectStatusLabels, projectStatuses } from '../../domain/project';
import { confidenceLabels, deliveryFlagLabels } from '../../domain/delivery';
import type { PortfolioView } from '../../domain/portfolio-table';
import type { ProjectFilters } from '../../domain/project';
import { today } from '../../domain/phase-rules';
import { ListDownloads } from '../../components/list-downloads';
import { ProjectCard } from '../../components/project-card';
import { SelectField } from '../../components/select-field';
import { useDocumentTitle } from '../../components/use-document-title';
import { organisationListQuery } from '../../lib/organisation-list-query';
import { pageSpan } from '../../domain/paging';
import { useFocusOnPageChange } from '../../components/use-focus-on-page-change';
import { portfolioQueries } from './portfolio-api';
import { hasFilters, type IgnoredFilter, portfolioSearch } from './portfolio-filters';
import { FilterPanel } from './filter-panel';
import { SelectedFilters, selectedFilters } from './selected-filters';

// Only for an old or mistyped link: most visits never need it.
const IgnoredFilters = lazy(async () => ({ default: (await import('./ignored-filters')).IgnoredFilters }));

// Only for a list of more than one page: a portfolio of a few dozen projects never needs it.
const Pagination = lazy(async () => ({ default: (await import('../../components/pagination')).Pagination }));

// Only when the table is asked for: the cards, which most people see, do not wait for it.
const PortfolioTable = lazy(async () => ({ default: (await import('./portfolio-table')).PortfolioTable }));

// `canAddProject` comes from the route, which reads the session: features do not import each other.
export function PortfolioPage({
  filters,
  invalid,
  page,
  view,
  canAddProject,
}: {
  filters: ProjectFilters;
  invalid: readonly IgnoredFilter[];
  page: number;
  view: PortfolioView;
  canAddProject: boolean;
}) {
  const { data } = useSuspenseQuery(portfolioQueries.list(filters, page));
  const { data: organisationList } = useSuspenseQuery(organisationListQuery());
  const organisations = organisationList.organisations.filter((o) => o.leadCount + o.partnerCount > 0);
  const filtered = hasFilters(filters);
  const count = `${data.total.toLocaleString('en-GB')} ${data.total === 1 ? 'project' : 'projects'}`;
  const span = pageSpan(data);
  const summary =
    data.pageCount > 1 && span !== null
      ? `Showing ${span.from.toLocaleString('en-GB')} to ${span.to.toLocaleString('en-GB')} of ${count}${filtered ? ' that match your filters' : ''}`
      : filtered
        ? `${count} ${data.total === 1 ? 'matches' : 'match'} your filters`
        : `${count} in the portfolio`;
  const results = useFocusOnPageChange<HTMLParagraphElement>(page);
  useDocumentTitle(filtered ? `Portfolio (${count})` : 'Portfolio');
  const now = today();
  const navigate = useNavigate();

  const location = useLocation();
  // Only filters with a value go in the URL, so a shared link reads `?phase=beta`, not a row of empty fields.
  // What the form does not offer (how the list is shown and sorted, the overview's filters) stays as it was; the page starts again.
  const applyFilters = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams(location.search);
    params.delete('page');
    for (const [name, value] of new FormData(event.currentTarget)) {
      params.delete(name);
      if (typeof value === 'string' && value.trim() !== '') params.set(name, value.trim());
    }
    const search = params.toString();
    void navigate({ search: search === '' ? '' : `?${search}` });
  };
  // One line per filter: what the person chose, as the form words it, or undefined.
  const { selected, clearHref } = selectedFilters(location, {
    q: filters.q === undefined ? undefined : `‘${filters.q}’`,
    phase: filters.phase === undefined ? undefined : phaseFilterLabels[filters.phase],
    status: filters.status === undefined ? undefined : projectStatusLabels[filters.status],
    organisation: organisationList.organisations.find((o) => o.slug === filters.organisation)?.name,
    flag: filters.flag === undefined ? undefined : deliveryFlagLabels[filters.flag],
    funded: filters.funded === undefined ? undefined : filters.funded === 'any' ? 'Funding recorded' : `Funding for ${phaseKindLabels[filters.funded].toLowerCase()}`,
    stream: filters.stream,
    confidence: filters.confidence === undefined ? undefined : filters.confidence === 'none' ? 'Not rated' : confidenceLabels[filters.confidence],
  });
  const exportSearch = portfolioSearch(1, filters, 'cards');

  return (
    <>
      <h1 className="govuk-heading-xl">Portfolio</h1>
      <p className="govuk-body-l">Every council-led digital project funded by the Local Digital Collaboration Unit, where it is and who is in it.</p>
      {canAddProject ? (
        <Link className="govuk-button govuk-button--secondary" to="/projects/new">
          Add a project
        </Link>
      ) : null}
      {invalid.length === 0 ? null : (
        <Suspense fallback={null}>
          <IgnoredFilters invalid={invalid} />
        </Suspense>
      )}
      {/* The table needs the page's width: beside it the filters would leave room for four of its columns. */}
      <div className="govuk-grid-row">
        <div className={view === 'table' ? 'govuk-grid-column-full' : 'govuk-grid-column-one-third-from-desktop'}>
          <SelectedFilters selected={selected} clearHref={clearHref} />
          <FilterPanel id="filter-panel">
            <Form method="get" className="app-filters" aria-labelledby="filters-heading" role="search" onSubmit={applyFilters}>
              <h2 className="govuk-heading-m" id="filters-heading">
                Filter projects
              </h2>
              <div className="govuk-form-group">
                <label className="govuk-label" htmlFor="filter-q">
                  Search
                </label>
                <div className="govuk-hint" id="filter-q-hint">
                  Project or organisation name
                </div>
                <input
                  className="govuk-input"
                  id="filter-q"
                  name="q"
                  type="search"
                  defaultValue={filters.q ?? ''}
                  aria-describedby="filter-q-hint"
                  key={filters.q ?? ''}
                />
              </div>
              <SelectField
                // A new key when the URL's value changes, so the select shows it after back and forward.
                key={`phase-${filters.phase ?? ''}`}
                id="filter-phase"
                name="phase"
                label="Current phase"
                defaultValue={filters.phase}
                options={phaseFilters.map((kind) => ({ value: kind, text: phaseFilterLabels[kind] }))}
                emptyText="Any phase"
              />
              <SelectField
                key={`status-${filters.status ?? ''}`}
                id="filter-status"
                name="status"
                label="Status"
                defaultValue={filters.status}
                options={projectStatuses.map((status) => ({ value: status, text: projectStatusLabels[status] }))}
                emptyText="Any status"
              />
              <SelectField
                key={`organisation-${filters.organisation ?? ''}`}
                id="filter-organisation"
                name="organisation"
                label="Organisation"
                hint="Leading or taking part, now or in an earlier phase"
                defaultValue={filters.organisation}
                options={organisations.map((o) => ({ value: o.slug, text: o.name }))}
                emptyText="Any organisation"
              />
              <div className="govuk-button-group">
                <button type="submit" className="govuk-button" data-module="govuk-button">
                  Apply filters
                </button>
              </div>
            </Form>
          </FilterPanel>
        </div>
        <div className={view === 'table' ? 'govuk-grid-column-full' : 'govuk-grid-column-two-thirds-from-desktop'}>
          <div className="app-list-tools">
            <nav className="app-view-switch" aria-labelledby="view-switch-label">
              <span className="app-view-switch__label" id="view-switch-label">
                Show projects as
              </span>
              <ul className="app-view-switch__list">
                {(['cards', 'table'] as const).map((option) => (
                  <li key={option}>
                    <Link
                      className="govuk-link app-view-switch__link"
                      to={{ search: portfolioSearch(page, filters, option) }}
                      aria-current={option === view ? 'page' : undefined}
                    >
                      {option === 'cards' ? 'Cards' : 'Table'}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <ListDownloads
              className="govuk-list app-list-tools__links"
              csvSearch={exportSearch}
              csvText="Download as CSV"
              csvNote={`spreadsheet, ${filtered ? 'these projects' : 'all projects'}`}
            />
          </div>
          <p className="govuk-heading-s app-focus-target" role="status" aria-live="polite" aria-atomic="true" tabIndex={-1} ref={results}>
            {summary}
          </p>
          {data.projects.length === 0 && data.total > 0 ? (
            <div className="app-empty">
              <h2 className="govuk-heading-m">There is no page {page}</h2>
              <p className="govuk-body">
                The list has {data.pageCount === 1 ? 'only 1 page' : `${String(data.pageCount)} pages`}.{' '}
                <Link className="govuk-link" to={{ search: portfolioSearch(data.pageCount, filters, view) }}>
                  Go to the last page
                </Link>
              </p>
            </div>
          ) : data.projects.length === 0 ? (
            <div className="app-empty">
              <h2 className="govuk-heading-m">No projects match your filters</h2>
              <p className="govuk-body">Try a different phase, status or organisation, or fewer words in your search.</p>
              <p className="govuk-body">
                <Link className="govuk-link" to="/">
                  Clear filters and see all projects
                </Link>
              </p>
            </div>
          ) : view === 'table' ? (
            <Suspense fallback={<p className="govuk-body app-loading" role="status">Loading the table…</p>}>
              <PortfolioTable
                projects={data.projects}
                sort={filters.sort}
                order={filters.order}
                today={now}
                sortHref={(column, direction) => portfolioSearch(1, { ...filters, sort: column, order: direction }, 'table')}
              />
            </Suspense>
          ) : (
            <ul className="app-card-list" aria-label="Projects">
              {data.projects.map((project) => (
                <li key={project.slug}>
                  <ProjectCard project={project} today={now} />
                </li>
              ))}
            </ul>
          )}
          {data.pageCount === 1 ? null : (
            <Suspense fallback={null}>
              <Pagination
                page={page}
                pageCount={data.pageCount}
                hrefFor={(target) => ({ search: portfolioSearch(target, filters, view) })}
                label="Pages of projects"
              />
            </Suspense>
          )}
        </div>
      </div>
    </>
  );
}

