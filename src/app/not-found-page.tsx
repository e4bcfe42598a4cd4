import { Link } from 'react-router';
import { useDocumentTitle } from '../components/use-document-title';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <>
      <h1 className="govuk-heading-xl">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        Projects and organisations are listed in the{' '}
        <Link className="govuk-link" to="/">
          portfolio
        </Link>
        .
      </p>
    </>
  );
}
