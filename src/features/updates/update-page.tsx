import { updateCountQueries } from './update-counts-api';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { type SyntheticEvent, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { LazyMarkdown } from '../../components/lazy-markdown';
import { LinkList } from '../../components/link-list';
import { NotificationBanner } from '../../components/notification-banner';
import { SummaryList } from '../../components/summary-list';
import { Textarea } from '../../components/textarea';
import { useDocumentTitle } from '../../components/use-document-title';
import { ReviewComment } from './review-comment';
import { formatPartialDate } from '../../domain/partial-date';
import { type SavedUpdate, updateInReviewSchema } from '../../domain/update';
import { conflictingRecord } from '../../lib/conflict';
import { toFormErrors } from '../../lib/form-errors';
import { textValue } from '../../lib/form-values';
import type { SavedNotice } from './update-form';
import { UpdateStatusTag } from '../../components/update-status-tag';
import { approveUpdate, returnUpdate, submitUpdate, updateQueries } from './updates-api';

const NOTICES: Record<SavedNotice['saved'] | 'approved' | 'returned', { type: 'success' | 'important'; text: string }> = {
  draft: { type: 'success', text: 'Your draft has been saved. Submit it for review when it is ready.' },
  changes: { type: 'success', text: 'Your changes have been saved.' },
  submitted: { type: 'success', text: 'Your update has been submitted. Engagement staff will review it before it is published.' },
  'submit-failed': { type: 'important', text: 'Your update was saved as a draft, but it could not be submitted. Try submitting it again below.' },
  approved: { type: 'success', text: 'The update is approved and published on its project’s page.' },
  returned: { type: 'success', text: 'The update has been returned to its writers with your comment.' },
};

/** Team news has no project page: Sprint Notes is where it is read. */
const TEAM_NEWS_APPROVED = 'The team news is approved and published, ready for Sprint Notes.';

export function formatTimestamp(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });
}

function isSavedNotice(state: unknown): state is SavedNotice {
  return typeof state === 'object' && state !== null && 'saved' in state && typeof state.saved === 'string' && state.saved in NOTICES;
}

/**
 * One update as its writers and reviewers see it: where it is in its review, what a reviewer said
 * when returning it, and the steps this person may take next.
 */
export function UpdatePage({ id }: { id: number }) {
  const { data } = useSuspenseQuery(updateQueries.detail(id));
  const { update } = data;
  const location = useLocation();
  const [done, setDone] = useState<'approved' | 'returned' | 'submitted' | null>(null);
  useDocumentTitle(update.headline);
  const arrived = isSavedNotice(location.state) ? location.state.saved : null;
  const notice = done ?? arrived;

  return (
    <>
      <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
        <ol className="govuk-breadcrumbs__list">
          <li className="govuk-breadcrumbs__list-item">
            <Link className="govuk-breadcrumbs__link" to="/">
              Portfolio
            </Link>
          </li>
          {update.project === null ? null : (
            <li className="govuk-breadcrumbs__list-item">
              <Link className="govuk-breadcrumbs__link" to={`/projects/${update.project.slug}`}>
                {update.project.name}
              </Link>
            </li>
          )}
        </ol>
      </nav>
      {notice === null ? null : (
        <NotificationBanner id="update-notice" type={NOTICES[notice].type}>
          <p className="govuk-notification-banner__heading">{notice === 'approved' && update.project === null ? TEAM_NEWS_APPROVED : NOTICES[notice].text}</p>
        </NotificationBanner>
      )}
      <span className="govuk-caption-l">{update.project === null ? 'Team news' : `Update from ${update.project.name}`}</span>
      <h1 className="govuk-heading-l">{update.headline}</h1>
      <p className="govuk-body">
        <UpdateStatusTag status={update.status} />
      </p>
      {update.status === 'returned' && update.reviewComment !== null ? <ReviewComment comment={update.reviewComment} /> : null}
      <SummaryList
        rows={[
          ...(update.authorName === null ? [] : [{ key: 'Written by', value: update.authorName }]),
          ...(update.submittedAt === null ? [] : [{ key: 'Submitted', value: formatTimestamp(update.submittedAt) }]),
          { key: 'Date of the update', value: <time dateTime={update.publishedOn}>{formatPartialDate(update.publishedOn)}</time> },
        ]}
      />
      <div className="app-update-body">
        <LazyMarkdown>{update.bodyMarkdown}</LazyMarkdown>
      </div>
      {update.links.length === 0 ? null : (
        <>
          <h2 className="govuk-heading-s">Links</h2>
          <LinkList links={update.links.map((link) => ({ text: link.title, href: link.url }))} />
        </>
      )}
      <UpdateActions data={data} onDone={setDone} />
    </>
  );
}

function UpdateActions({ data, onDone }: { data: SavedUpdate; onDone: (done: 'approved' | 'returned' | 'submitted') => void }) {
  const { update, can } = data;
  const queryClient = useQueryClient();
  const detailKey = updateQueries.detail(update.id).queryKey;
  const [returning, setReturning] = useState(false);
  const settle = async (saved: SavedUpdate, done: 'approved' | 'returned' | 'submitted') => {
    queryClient.setQueryData(detailKey, saved);
    // The queue, counts and the writer's list all change with a step; the project page too, once published.
    await queryClient.invalidateQueries({ queryKey: updateQueries.all, refetchType: 'none' });
      // The navigation's counts are on screen: they are fetched again at once.
      void queryClient.invalidateQueries({ queryKey: updateCountQueries.counts().queryKey });
    if (saved.update.project !== null) await queryClient.invalidateQueries({ queryKey: ['projects'], refetchType: 'none' });
    setReturning(false);
    onDone(done);
  };
  const refreshOnConflict = (error: unknown) => {
    const current = conflictingRecord(error, updateInReviewSchema);
    if (current !== null) void queryClient.invalidateQueries({ queryKey: detailKey });
  };
  const step = useMutation({
    mutationFn: (action: 'submit' | 'approve') =>
      action === 'submit' ? submitUpdate(update.id, update.version) : approveUpdate(update.id, update.version),
    onSuccess: (saved, action) => settle(saved, action === 'submit' ? 'submitted' : 'approved'),
    onError: refreshOnConflict,
  });
  const giveBack = useMutation({
    mutationFn: (comment: string) => returnUpdate(update.id, update.version, comment),
    onSuccess: (saved) => settle(saved, 'returned'),
    onError: refreshOnConflict,
  });
  const stepErrors = toFormErrors(step.error, {});
  const returnErrors = toFormErrors(giveBack.error, { comment: 'return-comment' });

  const sendBack = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (giveBack.isPending) return;
    giveBack.mutate(textValue(new FormData(event.currentTarget), 'comment'));
  };

  if (!can.edit && !can.submit && !can.review && !can.delete) return null;
  return (
    <section aria-labelledby="update-actions-heading" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m" id="update-actions-heading">
        {can.review ? 'Review this update' : 'What you can do'}
      </h2>
      <ErrorSummary errors={stepErrors.summary} />
      <p className="govuk-body" role="status">
        {step.isPending || giveBack.isPending ? 'Saving…' : ''}
      </p>
      <div className="govuk-button-group">
        {can.submit ? (
          <button type="button" className="govuk-button" onClick={() => step.mutate('submit')}>
            Submit for review
          </button>
        ) : null}
        {can.review ? (
          <>
            <button type="button" className="govuk-button" onClick={() => step.mutate('approve')}>
              Approve and publish
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              aria-expanded={returning}
              aria-controls="return-update"
              onClick={() => {
                giveBack.reset();
                setReturning((shown) => !shown);
              }}
            >
              Return with a comment
            </button>
          </>
        ) : null}
        {can.edit ? (
          <Link className="govuk-button govuk-button--secondary" to={`/updates/${String(update.id)}/edit`}>
            Edit <span className="govuk-visually-hidden">this update</span>
          </Link>
        ) : null}
        {can.delete ? (
          <Link className="govuk-button govuk-button--warning" to={`/updates/${String(update.id)}/delete`}>
            Delete <span className="govuk-visually-hidden">this update</span>
          </Link>
        ) : null}
      </div>
      <div id="return-update" hidden={!returning}>
        {returning ? (
          <form noValidate onSubmit={sendBack} aria-labelledby="return-update-heading" className="app-panel-form">
            <ErrorSummary errors={returnErrors.summary} />
            <h3 className="govuk-heading-s" id="return-update-heading">
              Return the update to its writers
            </h3>
            <Textarea
              id="return-comment"
              name="comment"
              label="What needs to change"
              hint="The writers see this beside their update."
              error={returnErrors.fields.comment}
            />
            <button type="submit" className="govuk-button">
              Return the update
            </button>
          </form>
        ) : null}
      </div>
    </section>
  );
}
