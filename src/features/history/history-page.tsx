import { useSuspenseQuery } from '@tanstack/react-query';
import { Form, Link, useSearchParams } from 'react-router';
import { Pagination } from '../../components/pagination';
import { SelectField } from '../../components/select-field';
import { useDocumentTitle } from '../../components/use-document-title';
import { parsePage, pageSearch } from '../../lib/page-param';
import { type HistoryFilters, historyQueries } from './history-api';
import { HistoryList } from './history-list';

/** Who may be chosen as the person whose changes to show. */
export interface HistoryPerson {
  id: number;
  displayName: string;
}

/** The filters in the page's address; anything else there is ignored. */
export function historyFiltersOf(params: URLSearchParams): HistoryFilters {
  const project = params.get('project') ?? '';
  const person = params.get('person') ?? '';
  return { ...(project === '' ? {} : { project }), ...(person === '' ? {} : { person }) };
}

/** The whole portfolio's history, for managers: every change, newest first, narrowed by person and project. */
export function HistoryPage({ people }: { people: readonly HistoryPerson[] }) {
  const [params] = useSearchParams();
  const page = parsePage(params);
  const filters = historyFiltersOf(params);
  const { data } = useSuspenseQuery(historyQueries.everything(filters, page));
  useDocumentTitle('History');
  const project = data.entries.find((entry) => entry.project?.slug === filters.project)?.project;
  return (
    <>
      <h1 className="govuk-heading-l">History</h1>
      <p className="govuk-body">Every change made in the portfolio, newest first, with who made it. History cannot be edited or deleted.</p>
      <Form method="get" className="app-filter-row" aria-label="Filter the history">
        {filters.project === undefined ? null : <input type="hidden" name="project" value={filters.project} />}
        <SelectField
          id="history-person"
          name="person"
          label="Person"
          emptyText="Everyone"
          defaultValue={filters.person ?? ''}
          options={people.map((person) => ({ value: String(person.id), text: person.displayName }))}
        />
        <button type="submit" className="govuk-button govuk-button--secondary">
          Show changes
        </button>
      </Form>
      {filters.project === undefined ? null : (
        <p className="govuk-body">
          Only changes to {project?.name ?? filters.project}.{' '}
          <Link className="govuk-link" to={{ pathname: '/history', search: pageSearch(1, { person: filters.person }) }}>
            Show changes to every project
          </Link>
        </p>
      )}
      <p className="govuk-body" role="status">
        {data.total === 1 ? '1 change' : `${data.total.toLocaleString('en-GB')} changes`}
      </p>
      <HistoryList entries={data.entries} showProject />
      <Pagination page={data.page} pageCount={data.pageCount} hrefFor={(to) => ({ search: pageSearch(to, { ...filters }) })} label="History pages" />
    </>
  );
}
