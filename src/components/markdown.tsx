import ReactMarkdown, { type Components } from 'react-markdown';
import { isSafeUrl } from '../domain/safe-url';

/** How Markdown's paragraphs, lists and links look in the app, wherever Markdown is drawn. */
export const bodyComponents: Components = {
  p: ({ children }) => <p className="govuk-body">{children}</p>,
  ul: ({ children }) => <ul className="govuk-list govuk-list--bullet">{children}</ul>,
  ol: ({ children }) => <ol className="govuk-list govuk-list--number">{children}</ol>,
  // safeUrl empties a refused link; `<a href="">` would still be a link (to this page), so show its text only.
  a: ({ children, href }) =>
    href === undefined || href === '' ? (
      <>{children}</>
    ) : (
      <a className="govuk-link" href={href} rel="noreferrer">
        {children}
      </a>
    ),
};

const components: Components = {
  ...bodyComponents,
  h1: ({ children }) => <h4 className="govuk-heading-s">{children}</h4>,
  h2: ({ children }) => <h4 className="govuk-heading-s">{children}</h4>,
  h3: ({ children }) => <h4 className="govuk-heading-s">{children}</h4>,
  blockquote: ({ children }) => <div className="govuk-inset-text">{children}</div>,
};

export function safeUrl(url: string): string {
  return isSafeUrl(url) ? url : '';
}

/**
 * Markdown from updates, rendered without raw HTML and with only web and email links. The
 * server already refuses other links; this is the second lock on the same door.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <ReactMarkdown skipHtml components={components} urlTransform={safeUrl} disallowedElements={['img']} unwrapDisallowed>
      {children}
    </ReactMarkdown>
  );
}
