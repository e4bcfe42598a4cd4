import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import { ReviewComment } from './review-comment';
import { UpdateForm } from './update-form';
import { updateQueries } from './updates-api';
import { unsavedKey } from './unsaved-updates';

/** A new update of a project. */
export function NewUpdatePage({ slug, projectName, userId }: { slug: string; projectName: string; userId: number }) {
  useDocumentTitle(`Write an update – ${projectName}`);
  return (
    <>
      <Link className="govuk-back-link" to={`/projects/${slug}`}>
        Back to {projectName}
      </Link>
      <span className="govuk-caption-l">{projectName}</span>
      <h1 className="govuk-heading-l">Write an update</h1>
      <p className="govuk-body">Save it as a draft to finish later, or submit it: engagement staff review each update before it is published.</p>
      <UpdateForm target={{ kind: 'new', slug }} storageKey={unsavedKey(userId, `new:${slug}`)} />
    </>
  );
}

/** Team news: an update about the LDCU team itself, with no project, for Sprint Notes' "News from the team". */
export function NewTeamNewsPage({ userId }: { userId: number }) {
  useDocumentTitle('Write team news');
  return (
    <>
      <Link className="govuk-back-link" to="/review">
        Back to Review updates
      </Link>
      <h1 className="govuk-heading-l">Write team news</h1>
      <p className="govuk-body">
        News about the team itself: events it held, people who joined, what it published. Sprint Notes carries it under “News from the team”. Save it as a
        draft to finish later, or submit it for review before it is published.
      </p>
      <UpdateForm target={{ kind: 'new', slug: null }} storageKey={unsavedKey(userId, 'team-news:new')} />
    </>
  );
}

/** Changing an update: its writers until it is published, reviewers afterwards. */
export function EditUpdatePage({ id, userId }: { id: number; userId: number }) {
  const { data } = useSuspenseQuery(updateQueries.detail(id));
  const { update } = data;
  useDocumentTitle(`Edit ${update.headline}`);
  return (
    <>
      <Link className="govuk-back-link" to={`/updates/${String(id)}`}>
        Back to the update
      </Link>
      <span className="govuk-caption-l">{update.project === null ? 'Team news' : update.project.name}</span>
      <h1 className="govuk-heading-l">Edit the update</h1>
      {update.status === 'returned' && update.reviewComment !== null ? <ReviewComment comment={update.reviewComment} /> : null}
      <UpdateForm target={{ kind: 'edit', update }} storageKey={unsavedKey(userId, `update:${String(id)}`)} />
    </>
  );
}
