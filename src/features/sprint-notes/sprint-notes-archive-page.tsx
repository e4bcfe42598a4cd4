import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { NotificationBanner } from '../../components/notification-banner';
import { noticeOf } from './sprint-note-page';
import { useDocumentTitle } from '../../components/use-document-title';
import { formatPartialDate } from '../../domain/partial-date';
import type { SprintNoteSummary } from '../../domain/sprint-notes';
import { formatCoverage } from '../../domain/sprint-notes-document';
import { sprintNoteQueries } from './sprint-notes-api';
import { composePath, FEED_PATH, issuePath, NEW_ISSUE_PATH } from './sprint-notes-paths';

/**
 * Every published issue, newest first, and the feed to follow them. Those who compose (engagement
 * staff and managers, whom the API also gives the drafts) find their drafts and start the next issue here.
 */
export function SprintNotesArchivePage({ composes }: { composes: boolean }) {
  const { data } = useSuspenseQuery(sprintNoteQueries.list());
  const published = data.issues.filter((issue) => issue.status === 'published');
  const drafts = data.issues.filter((issue) => issue.status === 'draft');
  useDocumentTitle('Sprint Notes');
  const notice = noticeOf(useLocation().state);

  return (
    <>
      {notice === null ? null : (
        <NotificationBanner id="sprint-notes-notice" type="success">
          <p className="govuk-notification-banner__heading">{notice}</p>
        </NotificationBanner>
      )}
      {/* React puts this in the document's head, where browsers and feed readers look for a page's feed. */}
      <link rel="alternate" type="application/atom+xml" title="Sprint Notes" href={FEED_PATH} />
      <h1 className="govuk-heading-xl">Sprint Notes</h1>
      <p className="govuk-body-l">
        Our fortnightly newsletter: what the Local Digital Collaboration Unit’s funded projects and team have been doing.
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={FEED_PATH}>
          Subscribe with a feed reader
        </a>{' '}
        to hear of each new issue as it is published.
      </p>
      {composes ? (
        <>
          <Link className="govuk-button" to={NEW_ISSUE_PATH}>
            Start a new issue
          </Link>
          <section aria-labelledby="drafts-heading" className="govuk-!-margin-bottom-8">
            <h2 className="govuk-heading-m" id="drafts-heading">
              Drafts
            </h2>
            {drafts.length === 0 ? (
              <p className="govuk-body">There are no drafts. Start a new issue to compose the next one.</p>
            ) : (
              <ul className="govuk-list app-entries">
                {drafts.map((issue) => (
                  <li key={issue.number} className="app-entry">
                    <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                      <Link className="govuk-link" to={composePath(issue.number)}>
                        {issue.title}
                      </Link>
                    </h3>
                    <p className="govuk-body-s govuk-!-margin-bottom-0">
                      {formatCoverage(issue.coversFrom, issue.coversTo)}.{' '}
                      <Link className="govuk-link" to={issuePath(issue.number)}>
                        Read the draft <span className="govuk-visually-hidden">of {issue.title}</span>
                      </Link>
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
      <section aria-labelledby="published-heading">
        <h2 className="govuk-heading-m" id="published-heading">
          Published issues
        </h2>
        {published.length === 0 ? (
          <div className="app-empty">
            <p className="govuk-body govuk-!-font-weight-bold">No issues have been published yet</p>
            <p className="govuk-body govuk-!-margin-bottom-0">Each issue appears here once it is published. Subscribe to the feed to hear of the first.</p>
          </div>
        ) : (
          <ul className="govuk-list app-entries">
            {published.map((issue) => (
              <PublishedIssue key={issue.number} issue={issue} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function PublishedIssue({ issue }: { issue: SprintNoteSummary }) {
  return (
    <li className="app-entry">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
        <Link className="govuk-link" to={issuePath(issue.number)}>
          {issue.title}
        </Link>
      </h3>
      <p className="govuk-body-s govuk-!-margin-bottom-0">
        {formatCoverage(issue.coversFrom, issue.coversTo)}
        {issue.publishedOn === null ? null : (
          <>
            . Published <time dateTime={issue.publishedOn}>{formatPartialDate(issue.publishedOn)}</time>
          </>
        )}
      </p>
    </li>
  );
}
