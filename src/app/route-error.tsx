import { lazy, Suspense } from 'react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useDocumentTitle } from '../components/use-document-title';
import { ApiRequestError, NetworkError } from '../lib/api-client';
import { NotFoundPage } from './not-found-page';

// Only someone signed in is refused a page, never on a first visit: its code waits until then.
const ForbiddenPage = lazy(async () => ({ default: (await import('./forbidden-page')).ForbiddenPage }));

/** What a page shows when its data could not be loaded: not found, not allowed, offline, or a fault on our side. */
export function RouteError() {
  const error = useRouteError();
  // The API's refusals and the router's own (thrown by loaders with data()) mean the same to a person.
  const status = error instanceof ApiRequestError || isRouteErrorResponse(error) ? error.status : null;
  if (status === 404) return <NotFoundPage />;
  if (status === 403) {
    return (
      <Suspense fallback={null}>
        <ForbiddenPage />
      </Suspense>
    );
  }
  return <ProblemPage offline={error instanceof NetworkError} />;
}

function ProblemPage({ offline }: { offline: boolean }) {
  useDocumentTitle('Sorry, there is a problem');
  return (
    <>
      <h1 className="govuk-heading-xl">Sorry, there is a problem</h1>
      <p className="govuk-body">
        {offline
          ? 'We could not reach the portfolio. Check your internet connection.'
          : 'The portfolio could not load this page. This is a fault on our side.'}
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={window.location.href}>
          Try again
        </a>{' '}
        or go back to the{' '}
        <Link className="govuk-link" to="/">
          portfolio
        </Link>
        .
      </p>
    </>
  );
}
