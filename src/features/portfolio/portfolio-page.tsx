import { useSuspenseQuery } from '@tanstack/react-query';
import type { SyntheticEvent } from 'react';
import { Form, Link, useNavigate } from 'react-router';
import { gdsPhaseKinds, phaseKindLabels, projectStatusLabels, projectStatuses } from '../../domain/project';
import type { ProjectFilters } from '../../domain/project';
import { today } from '../../domain/phase-rules';
import { ProjectCard } from '../../components/project-card';
import { SelectField } from '../../components/select-field';
import { useDocumentTitle } from '../../components/use-document-title';
import { organisationListQuery } from '../../lib/organisation-list-query';
import { pageSpan } from '../../domain/paging';
import { Pagination } from '../../components/pagination';
import { useFocusOnPageChange } from '../../components/use-focus-on-page-change';
import { pageSearch } from '../../lib/page-param';
import { portfolioQueries } from './portfolio-api';
import { type FilterName, hasFilters, type IgnoredFilter } from './portfolio-filters';

const FILTER_ARTICLES: Record<FilterName, string> = {
  phase: 'a phase',
  status: 'a status',
  organisation: 'an organisation',
  q: 'a search',
};

const FILTER_NOUNS: Record<FilterName, string> = {
  phase: 'phase',
  status: 'status',
  organisation: 'organisation',
  q: 'search',
};

// `canAddProject` comes from the route, which reads the session: features do not import each other.
export function PortfolioPage({ filters, invalid, page, canAddProject }: { filters: ProjectFilters; invalid: readonly IgnoredFilter[]; page: number; canAddProject: boolean }) {
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

  // Only filters with a value go in the URL, so a shared link reads `?phase=beta`, not a row of empty fields.
  const applyFilters = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string' && value.trim() !== '') params.set(name, value.trim());
    }
    const search = params.toString();
    void navigate({ search: search === '' ? '' : `?${search}` });
  };

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
        // Not an error the person made: an old or mistyped link. Say what was ignored and carry on.
        <div className="govuk-notification-banner" role="region" aria-labelledby="ignored-filters-title">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="ignored-filters-title">
              Important
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">Some filters in this link were not recognised</p>
            <ul className="govuk-list">
              {invalid.map(({ name, value }) => (
                <li key={name}>
                  ‘{value}’ is not {FILTER_ARTICLES[name]} we know, so projects are shown whatever their {FILTER_NOUNS[name]}.
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third-from-desktop">
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
              options={gdsPhaseKinds.map((kind) => ({ value: kind, text: phaseKindLabels[kind] }))}
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
              {filtered ? (
                <Link className="govuk-link" to="/">
                  Clear filters
                </Link>
              ) : null}
            </div>
          </Form>
        </div>
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <p className="govuk-heading-s app-focus-target" role="status" aria-live="polite" aria-atomic="true" tabIndex={-1} ref={results}>
            {summary}
          </p>
          {data.projects.length === 0 && data.total > 0 ? (
            <div className="app-empty">
              <h2 className="govuk-heading-m">There is no page {page}</h2>
              <p className="govuk-body">
                The list has {data.pageCount === 1 ? 'only 1 page' : `${String(data.pageCount)} pages`}.{' '}
                <Link className="govuk-link" to={{ search: pageSearch(data.pageCount, filters) }}>
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
          ) : (
            <ul className="app-card-list" aria-label="Projects">
              {data.projects.map((project) => (
                <li key={project.slug}>
                  <ProjectCard project={project} today={now} />
                </li>
              ))}
            </ul>
          )}
          <Pagination
            page={page}
            pageCount={data.pageCount}
            hrefFor={(target) => ({ search: pageSearch(target, filters) })}
            label="Pages of projects"
          />
        </div>
      </div>
    </>
  );
}
