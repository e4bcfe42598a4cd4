import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import { formatPartialDate } from '../../domain/partial-date';
import { UpdateStatusTag } from '../../components/update-status-tag';
import { updateQueries } from './updates-api';

/**
 * A council officer's home: the projects their organisation works on, each with the updates not
 * yet published (drafts, returned ones with the reviewer's comment, and those waiting for review)
 * and a way to write the next one.
 */
export function YourProjectsPage() {
  const { data } = useSuspenseQuery(updateQueries.yours());
  useDocumentTitle('Your projects');
  return (
    <>
      <h1 className="govuk-heading-l">Your projects</h1>
      {data.projects.length === 0 ? (
        <p className="govuk-body">
          Your organisation is not part of any project yet. When it leads or joins one, the project is listed here. Until then you can{' '}
          <Link className="govuk-link" to="/">
            browse the portfolio
          </Link>
          .
        </p>
      ) : null}
      {data.projects.map((project) => (
        <section key={project.slug} aria-labelledby={`project-${project.slug}`} className="app-your-project">
          <h2 className="govuk-heading-m" id={`project-${project.slug}`}>
            <Link className="govuk-link" to={`/projects/${project.slug}`}>
              {project.name}
            </Link>
          </h2>
          {project.leads.length === 0 ? null : <p className="govuk-caption-m">Led by {project.leads.map((lead) => lead.name).join(' and ')}</p>}
          {project.updates.length === 0 ? (
            <p className="govuk-body">No updates waiting: everything written for this project is published.</p>
          ) : (
            <ul className="govuk-list">
              {project.updates.map((update) => (
                <li key={update.id} className="app-queue__item">
                  <UpdateStatusTag status={update.status} />{' '}
                  <Link className="govuk-link" to={`/updates/${String(update.id)}`}>
                    {update.headline}
                  </Link>
                  <span className="govuk-body-s"> – written {formatPartialDate(update.publishedOn)}</span>
                  {update.status === 'returned' && update.reviewComment !== null ? (
                    <div className="govuk-inset-text govuk-!-margin-top-2 govuk-!-margin-bottom-2">
                      <span className="govuk-visually-hidden">Reviewer’s comment: </span>
                      <span className="app-pre-line">{update.reviewComment}</span>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <Link className="govuk-button govuk-button--secondary" to={`/projects/${project.slug}/updates/new`}>
            Write an update <span className="govuk-visually-hidden">for {project.name}</span>
          </Link>
        </section>
      ))}
    </>
  );
}
