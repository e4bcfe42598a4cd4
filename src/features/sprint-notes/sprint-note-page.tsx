import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { NotificationBanner } from '../../components/notification-banner';
import { Tag } from '../../components/tag';
import { useDocumentTitle } from '../../components/use-document-title';
import { formatPartialDate } from '../../domain/partial-date';
import { isSafeUrl } from '../../domain/safe-url';
import { SprintNoteExport } from './sprint-note-export';
import { sprintNoteQueries } from './sprint-notes-api';
import { composePath, SPRINT_NOTES_PATH } from './sprint-notes-paths';
import { SprintNotesDocumentView, useIssueMarkdown } from './sprint-notes-document-view';

/** What the composer says it did, passed with the navigation that brought the person here. */
export function noticeOf(state: unknown): string | null {
  return typeof state === 'object' && state !== null && 'notice' in state && typeof state.notice === 'string' ? state.notice : null;
}

/**
 * One issue as its readers see it, with ways to take it elsewhere. Drafts reach only those who
 * compose (the API does not give them to anyone else), who also find their way back to the composer here.
 */
export function SprintNotePage({ number }: { number: number }) {
  const { data: note } = useSuspenseQuery(sprintNoteQueries.detail(number));
  const rendered = useIssueMarkdown(note);
  const draft = note.status === 'draft';
  useDocumentTitle(draft ? `${note.title} (draft)` : note.title);
  const notice = noticeOf(useLocation().state);

  return (
    <>
      <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
        <ol className="govuk-breadcrumbs__list">
          <li className="govuk-breadcrumbs__list-item">
            <Link className="govuk-breadcrumbs__link" to={SPRINT_NOTES_PATH}>
              Sprint Notes
            </Link>
          </li>
        </ol>
      </nav>
      {notice === null ? null : (
        <NotificationBanner id="sprint-note-notice" type="success">
          <p className="govuk-notification-banner__heading">{notice}</p>
        </NotificationBanner>
      )}
      <h1 className="govuk-heading-xl">{note.title}</h1>
      {draft ? (
        <>
          <p className="govuk-body">
            <Tag colour="grey">Draft</Tag>
          </p>
          <p className="govuk-body">Only engagement staff and managers can see this issue until it is published.</p>
        </>
      ) : null}
      {note.can.edit ? (
        <div className="govuk-button-group app-no-print">
          <Link className="govuk-button govuk-button--secondary" to={composePath(number)}>
            {draft ? 'Continue composing' : 'Correct this issue'}
          </Link>
        </div>
      ) : null}
      <SprintNotesDocumentView markdown={rendered.markdown} />
      <PublicationFacts publishedOn={note.publishedOn} publishedUrl={note.publishedUrl} />
      <SprintNoteExport number={number} rendered={rendered} />
    </>
  );
}

function PublicationFacts({ publishedOn, publishedUrl }: { publishedOn: string | null; publishedUrl: string | null }) {
  // Stored addresses were checked when saved; checked again here, as every link the app draws from stored text is.
  const url = publishedUrl !== null && isSafeUrl(publishedUrl) ? publishedUrl : null;
  if (publishedOn === null && url === null) return null;
  return (
    <div className="govuk-!-margin-top-6">
      {publishedOn === null ? null : (
        <p className="govuk-body">
          Published <time dateTime={publishedOn}>{formatPartialDate(publishedOn)}</time>
        </p>
      )}
      {url === null ? null : (
        <p className="govuk-body">
          Also published at{' '}
          <a className="govuk-link app-break-anywhere" href={url} rel="noreferrer">
            {url}
          </a>
        </p>
      )}
    </div>
  );
}
