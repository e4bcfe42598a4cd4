import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { Pagination } from '../../components/pagination';
import { useDocumentTitle } from '../../components/use-document-title';
import { parsePage, pageSearch } from '../../lib/page-param';
import { historyQueries } from './history-api';
import { HistoryList } from './history-list';

/** Every change to one project, newest first, with who made it: for those who work on it. */
export function ProjectHistoryPage({ slug, projectName }: { slug: string; projectName: string }) {
  const [params] = useSearchParams();
  const page = parsePage(params);
  const { data } = useSuspenseQuery(historyQueries.project(slug, page));
  useDocumentTitle(`History of ${projectName}`);
  return (
    <>
      <Link className="govuk-back-link" to={`/projects/${slug}`}>
        Back to {projectName}
      </Link>
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">{projectName}</span> History
      </h1>
      <p className="govuk-body">
        Every change made to this project in the portfolio, newest first, with who made it. History cannot be edited or deleted.
      </p>
      <HistoryList entries={data.entries} showProject={false} />
      <Pagination page={data.page} pageCount={data.pageCount} hrefFor={(to) => ({ search: pageSearch(to) })} label="History pages" />
    </>
  );
}
