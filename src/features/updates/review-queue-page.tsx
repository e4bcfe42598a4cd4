import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useLocation, useSearchParams } from 'react-router';
import { NotificationBanner } from '../../components/notification-banner';
import { Pagination } from '../../components/pagination';
import { useDocumentTitle } from '../../components/use-document-title';
import { pageSearch, parsePage } from '../../lib/page-param';
import { formatTimestamp } from './update-page';
import { updateQueries } from './updates-api';

/** The headline of team news just deleted, which the queue confirms (team news has no project page to return to); passed in the navigation's state. */
function deletedHeadline(state: unknown): string | null {
  return typeof state === 'object' && state !== null && 'deleted' in state && typeof state.deleted === 'string' ? state.deleted : null;
}

/**
 * Engagement staff's queue: updates submitted across the portfolio, the longest waiting first.
 * `writesTeamNews` comes from the route, which reads the session: features do not import each other.
 */
export function ReviewQueuePage({ writesTeamNews }: { writesTeamNews: boolean }) {
  const [params] = useSearchParams();
  const { data } = useSuspenseQuery(updateQueries.queue(parsePage(params)));
  const deleted = deletedHeadline(useLocation().state);
  useDocumentTitle('Review updates');
  return (
    <>
      {deleted === null ? null : (
        <NotificationBanner id="deleted-notice" type="success">
          <p className="govuk-notification-banner__heading">The update “{deleted}” has been deleted.</p>
        </NotificationBanner>
      )}
      <h1 className="govuk-heading-l">Review updates</h1>
      {writesTeamNews ? (
        <p className="govuk-body">
          <Link className="govuk-link" to="/team-news/new">
            Write team news
          </Link>{' '}
          about the team itself, for Sprint Notes’ “News from the team”.
        </p>
      ) : null}
      <p className="govuk-body" role="status">
        {data.total === 0
          ? 'No updates are waiting for review.'
          : data.total === 1
            ? '1 update is waiting for review.'
            : `${data.total.toLocaleString('en-GB')} updates are waiting for review, the longest waiting first.`}
      </p>
      {data.updates.length === 0 ? null : (
        <ul className="govuk-list app-queue">
          {data.updates.map((update) => (
            <li key={update.id} className="app-queue__item">
              <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                <Link className="govuk-link" to={`/updates/${String(update.id)}`}>
                  {update.headline}
                </Link>
              </h2>
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                {update.project === null ? 'Team news' : update.project.name}
                {update.authorName === null ? '' : `, by ${update.authorName}`}
                {update.submittedAt === null ? '' : `. Submitted ${formatTimestamp(update.submittedAt)}`}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={data.page} pageCount={data.pageCount} hrefFor={(to) => ({ search: pageSearch(to) })} label="Review queue pages" />
    </>
  );
}
