import { Link } from 'react-router';
import { useDocumentTitle } from '../components/use-document-title';

/** For someone signed in whose role does not allow the page. */
export function ForbiddenPage() {
  useDocumentTitle('You do not have permission to see this page');
  return (
    <>
      <h1 className="govuk-heading-xl">You do not have permission to see this page</h1>
      <p className="govuk-body">This page is for people with a different role. If you need it for your work, ask an LDCU manager.</p>
      <p className="govuk-body">
        Go back to the{' '}
        <Link className="govuk-link" to="/">
          portfolio
        </Link>
        .
      </p>
    </>
  );
}
