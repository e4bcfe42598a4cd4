import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Pagination } from '../../components/pagination';
import { TimelineChart } from '../../components/timeline-chart';
import { TimelineTable } from '../../components/timeline-table';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFocusOnPageChange } from '../../components/use-focus-on-page-change';
import { pageSpan } from '../../domain/paging';
import { today } from '../../domain/phase-rules';
import type { ProjectFilters } from '../../domain/project';
import { buildTimeline } from '../../domain/timeline';
import { pageSearch } from '../../lib/page-param';
import { timelineQueries } from './timeline-api';

const TABLE_HEADING_ID = 'timeline-table-heading';

/** How the portfolio's table is sorted, which a link may carry: they narrow nothing, and the timeline is in name order. */
const ORDER_PARAMS: ReadonlySet<string> = new Set(['sort', 'order']);

/**
 * The portfolio's projects on one time line, a page at a time, narrowed by the portfolio's filters
 * when the address carries them (`ignoredFilters`: some in it were not recognised and are left out).
 */
export function TimelinePage({ filters, ignoredFilters, page }: { filters: ProjectFilters; ignoredFilters: boolean; page: number }) {
  const { data } = useSuspenseQuery(timelineQueries.list(filters, page));
  const timeline = buildTimeline(data.projects, today());
  const filtered = Object.entries(filters).some(([name, value]) => !ORDER_PARAMS.has(name) && value !== '');
  const count = `${data.total.toLocaleString('en-GB')} ${data.total === 1 ? 'project' : 'projects'}`;
  const span = pageSpan(data);
  const shown =
    span === null
      ? null
      : span.from === span.to
        ? `project ${span.from.toLocaleString('en-GB')}`
        : `projects ${span.from.toLocaleString('en-GB')} to ${span.to.toLocaleString('en-GB')}`;
  const summary =
    data.pageCount > 1 && shown !== null
      ? `Showing ${shown} of ${count}${filtered ? ' that match your filters' : ''}`
      : filtered
        ? `${count} ${data.total === 1 ? 'matches' : 'match'} your filters`
        : `${count} in the portfolio`;
  const results = useFocusOnPageChange<HTMLParagraphElement>(page);
  useDocumentTitle(data.pageCount > 1 ? `Timeline (page ${String(page)})` : 'Timeline');

  return (
    <>
      <h1 className="govuk-heading-xl">Timeline</h1>
      <p className="govuk-body-l">
        When each project’s phases were planned to run and when they ran, with their show and tells, talks and events, on one time line up to
        today.
      </p>
      {ignoredFilters ? <p className="govuk-inset-text">Some filters in this link were not recognised, so projects are shown without them.</p> : null}
      <p className="govuk-heading-s app-focus-target" role="status" aria-live="polite" aria-atomic="true" tabIndex={-1} ref={results}>
        {summary}
      </p>
      {filtered ? (
        <p className="govuk-body">
          <Link className="govuk-link" to="/timeline">
            Clear filters
          </Link>
        </p>
      ) : null}
      {data.projects.length === 0 && data.total > 0 ? (
        <div className="app-empty">
          <h2 className="govuk-heading-m">There is no page {page}</h2>
          <p className="govuk-body">
            The timeline has {data.pageCount === 1 ? 'only 1 page' : `${String(data.pageCount)} pages`}.{' '}
            <Link className="govuk-link" to={{ search: pageSearch(data.pageCount, filters) }}>
              Go to the last page
            </Link>
          </p>
        </div>
      ) : data.projects.length === 0 ? (
        <div className="app-empty">
          <h2 className="govuk-heading-m">No projects match your filters</h2>
          <p className="govuk-body">
            <Link className="govuk-link" to="/timeline">
              Clear filters and see every project’s timeline
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p className="govuk-body">
            The chart scrolls sideways in its box. Each bar is a link to its project.{' '}
            <a className="govuk-link" href={`#${TABLE_HEADING_ID}`}>
              Skip to the timeline as a table
            </a>
            , which holds the same facts.
          </p>
          <TimelineChart timeline={timeline} label="Timeline chart" linkProjects />
          <h2 className="govuk-heading-l app-focus-target" id={TABLE_HEADING_ID} tabIndex={-1}>
            Timeline as a table
          </h2>
          <TimelineTable timeline={timeline} caption="Timeline as a table" showProjects />
        </>
      )}
      <Pagination page={page} pageCount={data.pageCount} hrefFor={(target) => ({ search: pageSearch(target, filters) })} label="Pages of the timeline" />
    </>
  );
}
