import { updateCountQueries } from './update-counts-api';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { useDocumentTitle } from '../../components/use-document-title';
import { toFormErrors } from '../../lib/form-errors';
import { deleteUpdate, updateQueries } from './updates-api';

/** The GOV.UK confirmation before deleting: what will go, a warning button, and a way back. */
export function DeleteUpdatePage({ id }: { id: number }) {
  const { data } = useSuspenseQuery(updateQueries.detail(id));
  const { update } = data;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  useDocumentTitle(`Delete ${update.headline}`);
  const [deleted, setDeleted] = useState(false);
  useEffect(() => {
    if (!deleted) return undefined;
    // Only once this page has gone: while it is on screen, removing its update would fetch it
    // again, and find nothing. A navigation can resolve before the page it leaves is unmounted.
    return () => {
      queryClient.removeQueries({ queryKey: updateQueries.detail(id).queryKey });
    };
  }, [deleted, queryClient, id]);
  const mutation = useMutation({
    mutationFn: () => deleteUpdate(update.id, update.version),
    onSuccess: async () => {
      setDeleted(true);
      await queryClient.invalidateQueries({ queryKey: updateQueries.all, refetchType: 'none' });
      // The navigation's counts are on screen: they are fetched again at once.
      void queryClient.invalidateQueries({ queryKey: updateCountQueries.counts().queryKey });
      await queryClient.invalidateQueries({ queryKey: ['projects'], refetchType: 'none' });
      // Team news has no project page. Only engagement staff and managers may delete it, and their review queue confirms it.
      await navigate(update.project === null ? '/review' : `/projects/${update.project.slug}`, { state: { deleted: update.headline } });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: updateQueries.detail(id).queryKey }),
  });
  const errors = toFormErrors(mutation.error, {});
  return (
    <>
      <ErrorSummary errors={errors.summary} />
      <h1 className="govuk-heading-l">Are you sure you want to delete this update?</h1>
      <p className="govuk-body">
        “{update.headline}” will be removed{update.status === 'approved' && update.project !== null ? ' from its project’s page' : ''}. The history keeps a record that it was deleted, and
        by whom.
      </p>
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          disabled={mutation.isPending}
          aria-disabled={mutation.isPending}
          onClick={() => {
            mutation.mutate();
          }}
        >
          Yes, delete the update
        </button>
        <Link className="govuk-link" to={`/updates/${String(id)}`}>
          No, keep it
        </Link>
      </div>
    </>
  );
}
