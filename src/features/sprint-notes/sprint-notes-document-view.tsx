import { useMemo } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import { bodyComponents, safeUrl } from '../../components/markdown';
import type { NoteUpdate } from '../../domain/sprint-notes';
import { documentOf, type SprintNotesIssue } from '../../domain/sprint-notes-document';
import { renderHtml, renderMarkdown, SPRINT_NOTES_SANITIZE_SCHEMA } from '../../domain/sprint-notes-render';

/**
 * The page's h1 is the issue's title, so the document's sections are its h2s and its projects
 * and team items its h3s, the outline the newsletter itself has.
 */
const components: Components = {
  ...bodyComponents,
  h2: ({ children }) => <h2 className="govuk-heading-l">{children}</h2>,
  h3: ({ children }) => <h3 className="govuk-heading-m">{children}</h3>,
  // A quotation in the issue stays one, as it is in the HTML export.
  blockquote: ({ children }) => <blockquote className="govuk-inset-text">{children}</blockquote>,
};

/**
 * An issue's Markdown (from renderMarkdown) as the page shows it, cut by the same sanitiser
 * schema as the HTML export, so what is read here is what is pasted into Medium. Presentational
 * only: the issue page and the composer's preview both draw it.
 */
export function SprintNotesDocumentView({ markdown }: { markdown: string }) {
  return (
    <div className="app-sprint-notes-document">
      <ReactMarkdown skipHtml components={components} urlTransform={safeUrl} rehypePlugins={[[rehypeSanitize, SPRINT_NOTES_SANITIZE_SCHEMA]]}>
        {markdown}
      </ReactMarkdown>
    </div>
  );
}

/** One issue written out: for the page (its title is the page's h1), to export with its title, and as HTML. */
export interface IssueMarkdown {
  markdown: string;
  exportMarkdown: string;
  html: string;
}

/** An issue as the API gives it, or the composer's draft of one: its content and the updates its items use. */
export type IssueWithUpdates = SprintNotesIssue & { updates: readonly NoteUpdate[] };

/**
 * Writes an issue out. The HTML is made when first read: parsing the whole issue again is the
 * costly part, and only copying needs it, while a preview redraws after every change.
 */
export function issueMarkdown(issue: IssueWithUpdates): IssueMarkdown {
  const document = documentOf(issue, new Map(issue.updates.map((update) => [update.id, update])));
  const exportMarkdown = renderMarkdown(document, { title: true });
  let html: string | undefined;
  return {
    markdown: renderMarkdown(document, { title: false }),
    exportMarkdown,
    get html() {
      html ??= renderHtml(exportMarkdown);
      return html;
    },
  };
}

/** issueMarkdown, made again only when the issue changes. */
export function useIssueMarkdown(issue: IssueWithUpdates): IssueMarkdown {
  return useMemo(() => issueMarkdown(issue), [issue]);
}
